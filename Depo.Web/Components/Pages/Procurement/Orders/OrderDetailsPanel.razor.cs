using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Locations;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Microsoft.AspNetCore.Components;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The Details tab form (spec procurement §8.5): rule E decides the fields, notes stay editable; only changes are sent.</summary>
public partial class OrderDetailsPanel
{
    private OrderDetailsForm form = new(), original = new();
    private ServerErrors serverErrors = null!;
    private IReadOnlyList<Currency> currencies = [];
    private bool saving;

    [Parameter, EditorRequired]
    public PurchaseOrderView View { get; set; } = null!;

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public bool CanEditNotes { get; set; }

    [Parameter]
    public EventCallback<PurchaseOrderView> OnSaved { get; set; }

    private IReadOnlyList<Location> Locations { get; set; } = [];

    // spec procurement §5.1.1: the currency is a code or a currency id; the id shows as "name (abbrev)".
    private string CurrencyText => currencies.FirstOrDefault(c => c.Id == View.Order.Currency) is { } currency
        ? $"{currency.Name} ({currency.Abrev})" : View.Order.Currency;

    protected override async Task OnInitializedAsync()
    {
        var actor = await GetActorAsync();
        try
        {
            currencies = await Lookups.CurrenciesAsync(actor, Aborted);
            Locations = await Lookups.LocationsAsync(actor, Aborted);
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, T);
        }
    }

    protected override void OnParametersSet()
    {
        original = OrderDetailsForm.From(View.Order);
        form = OrderDetailsForm.From(View.Order);
    }

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            var saved = await Orders.UpdateAsync(View.Order.Id, form.ChangesFrom(original), await GetActorAsync(), Aborted);
            Snackbar.Success(T["Changes saved."]);
            await OnSaved.InvokeAsync(saved);
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
