using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Locations;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>
/// Adds a line, or edits one without changing its part (spec procurement §8.5); the part is searched from two
/// characters among active parts, preferring those linked to the order's supplier.
/// </summary>
public partial class OrderLineDialog
{
    private AddOrderLineInput input = new();
    private ServerErrors serverErrors = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<Location> locations = [];
    private IReadOnlyList<Currency> currencies = [];
    private Article? part;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Parameter, EditorRequired]
    public PurchaseOrder Order { get; set; } = null!;

    /// <summary>The line to edit; null to add one.</summary>
    [Parameter]
    public OrderLineView? Line { get; set; }

    [Inject]
    private OrderLineService Lines { get; set; } = null!;

    [Inject]
    private ProcurementLookups Lookups { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    private IEnumerable<(string Value, string Label)> CurrencyChoices =>
        currencies.Select(c => (c.Id, $"{c.Name} ({c.Abrev})"))
            .Concat(currencies.Any(c => c.Id == input.PurchasePriceCurrency) || string.IsNullOrEmpty(input.PurchasePriceCurrency)
                ? [] : [(input.PurchasePriceCurrency, input.PurchasePriceCurrency)]);

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        input = Line is { Line: var line }
            ? new AddOrderLineInput
            {
                Quantity = line.Quantity,
                PurchasePrice = line.PurchasePrice,
                PurchasePriceCurrency = line.PurchasePriceCurrency,
                Reference = line.Reference,
                DestinationId = line.DestinationId,
                Notes = line.Notes,
            }
            : new AddOrderLineInput { Quantity = 1, PurchasePriceCurrency = Order.Currency, DestinationId = PurchaseOrderReader.TextOf(Order.DestinationId) };
        try
        {
            locations = await Lookups.LocationsAsync(actor, Aborted);
            currencies = await Lookups.CurrenciesAsync(actor, Aborted);
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
    }

    private async Task<IEnumerable<Article>> SearchPartsAsync(string? text, CancellationToken cancellationToken)
    {
        var parts = await Lookups.PartsAsync(text, actor, cancellationToken);
        var supplierId = PurchaseOrderReader.TextOf(Order.SupplierId);
        return parts.OrderByDescending(p => string.Equals(p.SupplierId, supplierId, StringComparison.OrdinalIgnoreCase));
    }

    private void PartChanged(Article? chosen)
    {
        part = chosen;
        input.PartId = chosen?.Id;
        if (chosen?.PurchasePrice is { } price && input.PurchasePrice is null)
            input.PurchasePrice = price;
    }

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            if (Line is null)
            {
                await Lines.AddAsync(Order.Id, input, actor, Aborted);
            }
            else
            {
                await Lines.UpdateAsync(Order.Id, Line.Line.Id!, new UpdateOrderLineInput
                {
                    Quantity = input.Quantity,
                    PurchasePrice = input.PurchasePrice,
                    PurchasePriceCurrency = input.PurchasePriceCurrency,
                    Reference = input.Reference ?? "",
                    DestinationId = input.DestinationId,
                    Notes = input.Notes ?? "",
                }, actor, Aborted);
            }
            Dialog.Close(DialogResult.Ok(true));
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
