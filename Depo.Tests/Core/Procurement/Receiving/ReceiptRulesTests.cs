using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Procurement.Receiving;

/// <summary>The pure parts of receiving (spec procurement §5.6 steps 2, 3, 5 and 8).</summary>
public sealed class ReceiptRulesTests
{
    private static readonly string PartId = DocumentId.New();

    [Fact]
    public void Pick_ByPart_SkipsCompleteLinesThenFallsBackToTheFirst()
    {
        var order = Order((PartId, 5m, 5m), (DocumentId.New(), 1m, 0m), (PartId, 3m, 1m));

        Assert.Same(order.Items[2], ReceiptLinePicker.Pick(order, null, PartId.ToUpperInvariant()));
        order.Items[2].Received = 3m;
        Assert.Same(order.Items[0], ReceiptLinePicker.Pick(order, null, PartId));
        Assert.Same(order.Items[1], ReceiptLinePicker.Pick(order, order.Items[1].Id, PartId));
        Assert.Equal("Item not found", Assert.Throws<NotFoundException>(() => ReceiptLinePicker.Pick(order, DocumentId.New(), null)).Message);
        Assert.Throws<NotFoundException>(() => ReceiptLinePicker.Pick(order, null, DocumentId.New()));
    }

    [Fact]
    public void AllReceived_NeedsEveryLineAndAtLeastOne()
    {
        Assert.False(ReceiptLinePicker.AllReceived(Order()));
        Assert.False(ReceiptLinePicker.AllReceived(Order((PartId, 5m, 5m), (PartId, 2m, 1.5m))));
        Assert.True(ReceiptLinePicker.AllReceived(Order((PartId, 5m, 5m), (PartId, 2m, 1.9999999999m))));
    }

    [Theory]
    [InlineData(0, 5, "quantity must be greater than 0")]
    [InlineData(-1, 5, "quantity must be greater than 0")]
    [InlineData(5.01, 5, "quantity exceeds the remaining quantity (5)")]
    [InlineData(1, 0.25, "quantity exceeds the remaining quantity (0.25)")]
    [InlineData(5.0000000005, 5, null)]
    [InlineData(2, 5, null)]
    public void QuantityProblem_PositiveAndWithinTheRemainder(double quantity, double remaining, string? expected) =>
        Assert.Equal(expected, ReceiptRules.QuantityProblem((decimal)quantity, (decimal)remaining));

    [Fact]
    public void KeyOf_BlankIsNoneAndLongIsRefused()
    {
        Assert.Null(ReceiptRules.KeyOf("  "));
        Assert.Equal("abc", ReceiptRules.KeyOf(" abc "));
        Assert.Contains("Idempotency-Key", Assert.Throws<ValidationFailedException>(() => ReceiptRules.KeyOf(new string('k', 101))).Errors.Keys);
    }

    [Fact]
    public void Choose_MissingConfiguredStates_FallsBackByNameThenToAnyQuarantine()
    {
        var byName = new List<StockState>
        {
            new() { Id = DocumentId.New(), Name = " ok " },
            new() { Id = DocumentId.New(), Name = "Quarantine - transactionable" },
            new() { Id = DocumentId.New(), Name = "QUARANTINED" },
        };
        var onlyAnyQuarantine = new List<StockState> { new() { Id = DocumentId.New(), Name = "In carantina / Quarantine hold" } };
        var wellKnown = WellKnownStockStates.Default;

        Assert.Same(byName[0], ReceiptStockState.Choose(true, true, byName, wellKnown));
        Assert.Same(byName[1], ReceiptStockState.Choose(false, true, byName, wellKnown));
        Assert.Same(byName[2], ReceiptStockState.Choose(false, false, byName, wellKnown));
        Assert.Same(onlyAnyQuarantine[0], ReceiptStockState.Choose(true, false, onlyAnyQuarantine, wellKnown));
        Assert.Equal(ReceiptStockState.NoneSuitable,
            Assert.Throws<ValidationFailedException>(() => ReceiptStockState.Choose(false, false, [new() { Id = DocumentId.New(), Name = "Damaged" }], wellKnown)).Message);
    }

    private static PurchaseOrder Order(params (string Part, decimal Quantity, decimal Received)[] lines) => new()
    {
        Id = DocumentId.New(),
        Items = [.. lines.Select(l => new PurchaseOrderLine { Id = DocumentId.New(), PartId = new BsonString(l.Part), Quantity = l.Quantity, Received = l.Received })],
    };
}
