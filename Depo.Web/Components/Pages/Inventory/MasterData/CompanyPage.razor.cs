using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Companies;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>
/// A company's Details, Addresses and Contacts (spec inventory §9.9). Every save sends the version read, so an edit
/// made meanwhile by someone else answers a conflict with a reload button instead of being overwritten.
/// </summary>
public partial class CompanyPage
{
    private Actor actor = Actor.Anonymous;
    private Company? company;
    private UpdateCompanyInput details = new();
    private ServerErrors detailErrors = null!, addressErrors = null!, contactErrors = null!;
    private CompanyRole role;
    private bool denied, notFound, saving;

    [Parameter]
    public string CompanyId { get; set; } = "";

    [Inject]
    private CompanyService Companies { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        role = CompanyFamily.FromUri(Navigation.Uri);
        actor = await GetActorAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        try
        {
            Show(await Companies.GetAsync(role, CompanyId, actor, Aborted));
        }
        catch (NotFoundException)
        {
            notFound = true;
        }
        catch (ValidationFailedException)
        {
            notFound = true;
        }
        catch (ForbiddenException)
        {
            denied = true;
        }
    }

    private void Show(Company current)
    {
        company = current;
        details = new UpdateCompanyInput
        {
            Name = current.Name,
            Code = current.Code,
            Vatno = current.Vatno,
            Regno = current.Regno,
            PaymentConditions = current.PaymentConditions,
            IsSupplier = current.IsSupplier,
            IsManufacturer = current.IsManufacturer,
            IsClient = current.IsClient,
        };
    }

    private Task SaveDetailsAsync()
    {
        details.Version = company!.Version;
        return SaveAsync(details, detailErrors);
    }

    private async Task EditAddressAsync(CompanyAddress? address)
    {
        var parameters = new DialogParameters<CompanyAddressDialog> { { d => d.Form, CompanyAddressForm.From(address) } };
        var dialog = await Dialogs.ShowAsync<CompanyAddressDialog>(address is null ? T["Add address"] : T["Edit address"], parameters);
        if (await dialog.Result is { Canceled: false, Data: CompanyAddressForm form })
            await SaveAsync(new UpdateCompanyInput { Addresses = Replace(company!.Addresses, address, form.ToAddress(address)) }, addressErrors);
    }

    private async Task RemoveAddressAsync(CompanyAddress address)
    {
        if (await ConfirmRemoveAsync(address.Name))
            await SaveAsync(new UpdateCompanyInput { Addresses = Replace(company!.Addresses, address, null) }, addressErrors);
    }

    private async Task EditContactAsync(CompanyContact? contact)
    {
        var parameters = new DialogParameters<CompanyContactDialog> { { d => d.Form, CompanyContactForm.From(contact) } };
        var dialog = await Dialogs.ShowAsync<CompanyContactDialog>(contact is null ? T["Add contact"] : T["Edit contact"], parameters);
        if (await dialog.Result is { Canceled: false, Data: CompanyContactForm form })
            await SaveAsync(new UpdateCompanyInput { Contacts = Replace(company!.Contacts, contact, form.ToContact(contact)) }, contactErrors);
    }

    private async Task RemoveContactAsync(CompanyContact contact)
    {
        if (await ConfirmRemoveAsync(contact.Name))
            await SaveAsync(new UpdateCompanyInput { Contacts = Replace(company!.Contacts, contact, null) }, contactErrors);
    }

    private async Task<bool> ConfirmRemoveAsync(string name) =>
        await Dialogs.ShowMessageBoxAsync(T["Delete"], T["Delete {0}?", name], yesText: T["Delete"], cancelText: T["Cancel"]) == true;

    private async Task SaveAsync(UpdateCompanyInput input, ServerErrors errors)
    {
        saving = true;
        input.Version = company!.Version;
        try
        {
            errors.Clear();
            Show(await Companies.UpdateAsync(role, CompanyId, input, null, actor, Aborted));
            Snackbar.Success(T["Saved."]);
        }
        catch (DepoException failure)
        {
            errors.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }

    // The list with <paramref name="old"/> replaced by <paramref name="replacement"/>, removed when it is null, or added when old is null.
    private static List<TEntry?> Replace<TEntry>(IReadOnlyList<TEntry> entries, TEntry? old, TEntry? replacement) where TEntry : class
    {
        var list = entries.Select(entry => ReferenceEquals(entry, old) ? replacement : entry).Where(entry => entry is not null).ToList();
        if (old is null && replacement is not null)
            list.Add(replacement);
        return list;
    }
}
