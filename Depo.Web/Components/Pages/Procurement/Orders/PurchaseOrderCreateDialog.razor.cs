using System.Globalization;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Pages.Inventory.MasterData;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MongoDB.Bson;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The new-order dialog (spec procurement §8.4), with an inline new supplier; closes with the new order's id.</summary>
public partial class PurchaseOrderCreateDialog
{
    private readonly CreatePurchaseOrderInput input = new() { Currency = PurchaseOrderDefaults.Currency };
    private ServerErrors serverErrors = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<Currency> currencies = [];
    private IReadOnlyList<Location> locations = [];
    private Company? supplier;
    private DateTime? issueDate, targetDate;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private PurchaseOrderService Orders { get; set; } = null!;

    [Inject]
    private ProcurementLookups Lookups { get; set; } = null!;

    [Inject]
    private CompanyService Companies { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        issueDate = Clock.GetLocalNow().Date;
        try
        {
            currencies = await Lookups.CurrenciesAsync(actor, Aborted);
            locations = await Lookups.LocationsAsync(actor, Aborted);
            input.Currency = currencies.FirstOrDefault(c => c.Abrev == PurchaseOrderDefaults.Currency)?.Id ?? PurchaseOrderDefaults.Currency;
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
    }

    private async Task<IEnumerable<Company>> SearchSuppliersAsync(string? text, CancellationToken cancellationToken) =>
        await Lookups.SuppliersAsync(text, actor, cancellationToken);

    // spec procurement §8.4: choosing a supplier sets the currency to the supplier's when it has one.
    private void SupplierChanged(Company? chosen)
    {
        supplier = chosen;
        input.SupplierId = chosen?.Id;
        if (chosen?.ExtraElements?.GetValue("currency", BsonNull.Value) is BsonString { Value.Length: > 0 } currency)
            input.Currency = currencies.FirstOrDefault(c => c.Id == currency.Value || c.Abrev == currency.Value)?.Id ?? currency.Value;
    }

    private async Task NewSupplierAsync()
    {
        var parameters = new DialogParameters<CompanyCreateDialog> { { d => d.Role, CompanyRole.Supplier } };
        var dialog = await Dialogs.ShowAsync<CompanyCreateDialog>(T["New supplier"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string id })
            SupplierChanged(await Companies.GetAsync(CompanyRole.Supplier, id, actor, Aborted));
    }

    private async Task CreateAsync()
    {
        saving = true;
        try
        {
            input.IssueDate = issueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            input.TargetDate = targetDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var order = await Orders.CreateAsync(input, actor, Aborted);
            Dialog.Close(DialogResult.Ok(order.Order.Id));
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }
}
