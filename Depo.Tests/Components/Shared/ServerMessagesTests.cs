using Depo.Core.Common.Errors;
using Depo.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Depo.Tests.Components.Shared;

public sealed class ServerMessagesTests
{
    [Fact]
    public void Translate_ExactKey_IsTheRomanianText()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal(
            "Parola este incorectă; semnătura nu a fost înregistrată",
            ServerMessages.Translate("Password is incorrect; the signature was not recorded"));
    }

    [Fact]
    public void Translate_TemplatedMessage_PutsTheValueIntoTheRomanianText()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal("Cantitatea depășește cantitatea rămasă (2.5)", ServerMessages.Translate("quantity exceeds the remaining quantity (2.5)"));
        Assert.Equal("Câmpul supplier_id este obligatoriu.", ServerMessages.Translate("supplier_id is required."));
    }

    [Fact]
    public void Translate_SeveralPlaceholders_FillsEachInItsPlaceAndTranslatesKnownValues()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal("Câmpul batch_code poate avea cel mult 200 caractere.", ServerMessages.Translate("batch_code must be at most 200 characters."));
        Assert.Equal("Starea nu poate fi schimbată din În așteptare în Emisă", ServerMessages.Translate("Cannot change state from Pending to Issued"));
        Assert.Equal(
            "Compania este folosită (2 articole, 1 înregistrări de stoc)",
            ServerMessages.Translate("The company is in use (2 articles, 1 stock records)"));
    }

    [Fact]
    public void Translate_QuotedValue_StaysAsTyped()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal("Numele de utilizator „Pending” este deja folosit.", ServerMessages.Translate("The username 'Pending' is already taken."));
    }

    [Fact]
    public void Translate_MoreSpecificTemplate_WinsOverTheGenericOne()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal("Numele fișierului poate avea cel mult 255 caractere.", ServerMessages.Translate("The file name must be at most 255 characters."));
    }

    [Fact]
    public void Translate_NoKeyMatches_ReturnsTheMessageUnchanged()
    {
        using var culture = new UiCulture("ro");

        Assert.Equal("Something Depo never says", ServerMessages.Translate("Something Depo never says"));
        Assert.Equal("", ServerMessages.Translate(""));
    }

    [Fact]
    public void Translate_English_ReturnsTheMessageUnchanged()
    {
        using var culture = new UiCulture("en");

        Assert.Equal("Cannot change state from Pending to Issued", ServerMessages.Translate("Cannot change state from Pending to Issued"));
        Assert.Equal("Stock can only be received for approved orders", ServerMessages.Translate("Stock can only be received for approved orders"));
        Assert.Equal("supplier_id is required.", ServerMessages.Translate("supplier_id is required."));
    }

    [Fact]
    public void Translate_KeyOnlyThePageKnows_UsesThePageText()
    {
        using var culture = new UiCulture("ro");
        var pageText = Localizer<ProcurementText>();

        Assert.Equal("Recepționează stoc", ServerMessages.Translate("Receive stock", pageText));
        Assert.Equal("Receive stock", ServerMessages.Translate("Receive stock"));
    }

    [Fact]
    public void FailureText_BadInput_JoinsTheTranslatedFieldMessages()
    {
        using var culture = new UiCulture("ro");
        var failure = new ValidationFailedException("One or more fields are invalid.", new Dictionary<string, string[]>
        {
            ["quantity"] = ["quantity must be greater than 0"],
            ["location_id"] = ["location_id: location not found"],
        });

        Assert.Equal(
            "Câmpul quantity trebuie să fie mai mare decât 0 location_id: locația nu a fost găsită",
            ServerMessages.FailureText(failure));
        Assert.Equal("Comanda este deja Anulată", ServerMessages.FailureText(new ConflictException("The order is already Canceled")));
    }

    private static IStringLocalizer<T> Localizer<T>() => new StringLocalizer<T>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
