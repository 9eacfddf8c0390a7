using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Receiving;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Receiving;

/// <summary>
/// One delivery received against one order line (spec procurement §8.5): one submission = one stock entry, sent
/// with one Idempotency-Key, the button disabled while it is in flight. Closes with the new stock's id.
/// </summary>
public partial class ReceiveStockDialog
{
    // One key per dialog: a second click or a retry of the same submission returns the first receipt (trap 7.17).
    private readonly string idempotencyKey = Guid.NewGuid().ToString("N");
    private readonly ReceiveStockInput input = new();
    private readonly List<StockContainerInput> containers = [];
    private ServerErrors serverErrors = null!;
    private ReceivingOrder? order;
    private IReadOnlyList<UnitOfMeasure> units = [];
    private Location? location;
    private string? loadFailure;
    private decimal? remaining;
    private DateTime? manufacturing, shelfLife, supplierBa;
    private bool useExpiry = true, submitting;

    [Parameter, EditorRequired]
    public string OrderId { get; set; } = "";

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private GoodsReceipt Receipts { get; set; } = null!;

    [Inject]
    private ReceivedItemsQuery Received { get; set; } = null!;

    [Inject]
    private StockPickerService Pickers { get; set; } = null!;

    [Inject]
    private UnitOfMeasureService Units { get; set; } = null!;

    [Inject]
    private ManualStockDefaults Defaults { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    private string? MaxHint => remaining is { } max ? string.Format(CultureInfo.CurrentCulture, T["Max: {0}"], max.ToString("0.##########", CultureInfo.CurrentCulture)) : null;

    protected override async Task OnInitializedAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            order = await Received.OrderAsync(OrderId, actor, Aborted);
            units = await Units.ListAsync(null, actor, Aborted);
            input.SupplierUmId = units.Any(u => u.Id == Defaults.SupplierUmId) ? Defaults.SupplierUmId : null;
            if (order.OpenLines.Count > 0)
                await LineChangedAsync(order.OpenLines[0].Id);
        }
        catch (DepoException failure)
        {
            loadFailure = SnackbarNotices.FailureText(failure, T);
        }
    }

    // spec procurement §8.5: choosing a line sets both quantities to its remainder and the location to its destination.
    private async Task LineChangedAsync(string? itemId)
    {
        input.ItemId = itemId;
        var line = order?.OpenLines.FirstOrDefault(l => l.Id == itemId);
        input.PartId = line?.PartId?.ToString();
        remaining = line?.Remaining;
        input.Quantity = input.ExpectedQuantity = remaining;
        var destination = line?.DestinationId ?? Depo.Core.Inventory.PartReference.TextOf(order?.Order.DestinationId);
        location = destination is null ? null : await Pickers.LocationAsync(destination, await GetActorAsync(), Aborted);
        SyncLocation();
    }

    private void CopyExpected()
    {
        if (input.ExpectedQuantity is null or 0)
            input.ExpectedQuantity = input.Quantity;
    }

    private async Task<IEnumerable<Location>> SearchLocationsAsync(string? text, CancellationToken cancellationToken) =>
        await Pickers.LocationsAsync(text, await GetActorAsync(), cancellationToken);

    private void SyncLocation() => input.LocationId = location?.Id;

    private static string LineLabel(PurchaseOrderLine line) =>
        $"{line.PartDetail?.Name} - {line.PartDetail?.Ipn} ({line.Received:0.###}/{line.Quantity:0.###})";

    private async Task SubmitAsync()
    {
        if (submitting)
            return;
        submitting = true;
        try
        {
            input.ManufacturingDate = DateText(manufacturing);
            input.ExpiryDate = useExpiry ? DateText(shelfLife) : null;
            input.ResetDate = useExpiry ? null : DateText(shelfLife);
            input.SupplierBaDate = DateText(supplierBa);
            input.Containers = containers.Count == 0 ? null : containers;
            var stock = await Receipts.ReceiveAsync(OrderId, input, idempotencyKey, await GetActorAsync(), Aborted);
            Dialog.Close(DialogResult.Ok(stock.Id));
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
        finally
        {
            submitting = false;
        }
    }

    private static string? DateText(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void Cancel() => Dialog.Cancel();
}
