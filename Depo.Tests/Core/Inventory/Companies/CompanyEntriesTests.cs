using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Companies;

namespace Depo.Tests.Core.Inventory.Companies;

/// <summary>Address and contact checks (spec inventory §1.4) and the If-Match version (§3.4).</summary>
public sealed class CompanyEntriesTests
{
    [Theory]
    [InlineData("a.weber@example.com", true)]
    [InlineData("office@firma.ro", true)]
    [InlineData("not mail", false)]
    [InlineData("c@", false)]
    [InlineData("Anna <a@example.com>", false)]
    [InlineData("a@@b", false)]
    public void IsValidEmail_Syntax_IsChecked(string email, bool valid) =>
        Assert.Equal(valid, CompanyEntries.IsValidEmail(email));

    [Fact]
    public void Contacts_MissingStrings_BecomeEmptyAndNameIsTrimmed()
    {
        var errors = new InputErrors();

        var contacts = CompanyEntries.Contacts([new CompanyContact { Name = " Ion ", Role = null!, Email = " ion@example.com " }], errors);

        Assert.False(errors.Any);
        Assert.Equal(("Ion", "", "ion@example.com"), (contacts[0].Name, contacts[0].Role, contacts[0].Email));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("*", null)]
    [InlineData("4", 4)]
    [InlineData("\"4\"", 4)]
    [InlineData("W/\"12\"", 12)]
    public void FromIfMatch_VersionForms_AreRead(string? header, int? expected)
    {
        var errors = new InputErrors();

        Assert.Equal(expected, ExpectedVersion.FromIfMatch(header, errors));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("\"-1\"")]
    [InlineData("abc")]
    public void FromIfMatch_OtherValues_AreFieldErrors(string header)
    {
        var errors = new InputErrors();

        ExpectedVersion.FromIfMatch(header, errors);

        var failure = Assert.Throws<ValidationFailedException>(() => errors.ThrowIfAny());
        Assert.Contains("If-Match", failure.Errors.Keys);
    }
}
