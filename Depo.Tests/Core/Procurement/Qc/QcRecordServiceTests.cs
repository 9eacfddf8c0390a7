using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Stock;
using Depo.Core.Procurement.Orders;
using Depo.Core.Procurement.Qc;
using Depo.Core.Procurement.Receiving;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using MongoDB.Bson;

namespace Depo.Tests.Core.Procurement.Qc;

/// <summary>QC records over a real LiteDB: drafts, fixed fields, confirmation and finality (spec procurement §5.7).</summary>
public sealed class QcRecordServiceTests : IDisposable
{
    private static readonly Actor Inspector = new() { UserId = DocumentId.New(), Username = "qa", Permissions = new HashSet<string> { "procurement.qc", "procurement.view" } };
    private static readonly Actor Receiver = new() { UserId = DocumentId.New(), Username = "store", Permissions = new HashSet<string> { "procurement.receive", "procurement.view" } };
    private readonly TempLiteDb db = new();
    private readonly ProcurementServices services;
    private readonly ReceivingSeed seed;

    public QcRecordServiceTests()
    {
        services = new ProcurementServices(db.Store);
        seed = new ReceivingSeed(db.Store);
    }

    [Fact]
    public async Task Save_Draft_NeedsABatchAndPartReceivedOnTheOrder()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 50m));

        var unknownBatch = await Assert.ThrowsAsync<ValidationFailedException>(() => Save(order, new() { BatchCode = "L-9", Part = partId }));
        var otherPart = await Assert.ThrowsAsync<ValidationFailedException>(() => Save(order, new() { BatchCode = "L-1", Part = DocumentId.New() }));
        var draft = await Save(order, new() { BatchCode = "L-1", Part = partId, Comment = "sampled at the dock" });

        Assert.Contains("batch_code", unknownBatch.Errors.Keys);
        Assert.Contains("part", otherPart.Errors.Keys);
        Assert.Equal((false, ObjectId.Parse(order.Id), "qa"), (draft.Confirmed, draft.OrderId!.AsObjectId, draft.CreatedBy));
        Assert.Equal(order.Items[0].PartDetail!.Name, draft.PartName);
        Assert.Single(await AuditAsync(order, "qc_record_created"));
    }

    [Fact]
    public async Task Save_OrderWithoutReceivedStock_IsConflict()
    {
        await services.SeedStatesAsync();
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (await seed.PartAsync(), 5m));

        var failure = await Assert.ThrowsAsync<ConflictException>(() => Save(order, new() { BatchCode = "L-1", Part = DocumentId.New() }));

        Assert.Equal(QcRecordService.NoStock, failure.Message);
    }

    [Fact]
    public async Task Edit_Draft_ChangesTheFreeFieldsButNotTheFixedOnes()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 50m));
        var draft = await Save(order, new() { BatchCode = "L-1", Part = partId, PrelevationDate = "2026-02-01", PrelevatedQuantity = 2 });

        var moved = await Assert.ThrowsAsync<ValidationFailedException>(() => services.Qc.SaveAsync(order.Id, draft.Id,
            new QcRecordInput { BatchCode = "L-1", Part = partId, PrelevationDate = "2026-02-02", PrelevatedQuantity = 3 }, Inspector, default));
        var edited = await services.Qc.SaveAsync(order.Id, draft.Id,
            new QcRecordInput { BatchCode = "L-1", Part = partId, PrelevationDate = "2026-02-01", PrelevatedQuantity = 2, BaRompharmNo = "BA-7", Comment = "ok" },
            Inspector, default);

        Assert.Equal(["prelevated_quantity", "prelevation_date"], moved.Errors.Keys.Order());
        Assert.Equal(("BA-7", "ok", 1), (edited.BaRompharmNo, edited.Comment, (await db.Store.GetAsync<QcRecord>(draft.Id, default))!.Version));
        Assert.Single(await AuditAsync(order, "qc_record_updated"));
    }

    [Fact]
    public async Task Confirm_IncompleteOrAboveTheReceivedQuantity_IsRefused()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 30m), ("L-1", 20m));

        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            services.Qc.ConfirmAsync(order.Id, null, new QcRecordInput { BatchCode = "L-1", Part = partId }, Inspector, default));
        var tooMuch = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            services.Qc.ConfirmAsync(order.Id, null, Complete(partId, 50.5m, QcRecord.Conform), Inspector, default));

        Assert.Equal(["ba_rompharm_date", "ba_rompharm_no", "prelevated_quantity", "prelevation_date", "test_result"], empty.Errors.Keys.Order());
        Assert.Contains("prelevated_quantity", tooMuch.Errors.Keys);
        Assert.Empty(await db.Store.FindAsync<QcRecord>(Query.Where(Filter.All, 5), default));
    }

    [Fact]
    public async Task Confirm_AfterTheStockWasConsumed_CountsWhatWasReceived()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 40m));
        await db.Store.UpdateManyAsync<StockItem>(Filter.Eq("purchase_order_id", ObjectId.Parse(order.Id)), Update.Set("quantity", 1.0), default);

        var confirmed = await services.Qc.ConfirmAsync(order.Id, null, Complete(partId, 40m, QcRecord.Conform), Inspector, default);

        Assert.True(confirmed.Confirmed);
    }

    [Theory]
    [InlineData(QcRecord.Conform, false, true)]
    [InlineData(QcRecord.NonConform, true, false)]
    public async Task Confirm_Draft_SetsTransactionableFromTheResultAndLocksIt(string result, bool asked, bool expected)
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 10m));
        var draft = await Save(order, new() { BatchCode = "L-1", Part = partId });
        var input = Complete(partId, 1m, result);
        input.Transactionable = asked;

        var confirmed = await services.Qc.ConfirmAsync(order.Id, draft.Id, input, Inspector, default);

        Assert.Equal((true, expected, "qa", services.Clock.GetUtcNow().UtcDateTime), (confirmed.Confirmed, confirmed.Transactionable, confirmed.ConfirmedBy, confirmed.ConfirmedAt));
        Assert.Single(await AuditAsync(order, "qc_record_confirmed"));
        var again = await Assert.ThrowsAsync<ConflictException>(() => services.Qc.SaveAsync(order.Id, draft.Id, input, Inspector, default));
        Assert.Equal(QcRecordService.AlreadyConfirmed, again.Message);
        await Assert.ThrowsAsync<ConflictException>(() => services.Qc.ConfirmAsync(order.Id, draft.Id, input, Inspector, default));
    }

    [Fact]
    public async Task Save_WithoutQcPermissionOrAsApiToken_IsForbidden()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-1", 10m));
        var token = new Actor { ApiTokenId = DocumentId.New(), Username = "api:erp", ApiRights = new HashSet<string> { "procurement:write" } };

        await Assert.ThrowsAsync<ForbiddenException>(() => services.Qc.SaveAsync(order.Id, null, new() { BatchCode = "L-1", Part = partId }, Receiver, default));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.Qc.SaveAsync(order.Id, null, new() { BatchCode = "L-1", Part = partId }, token, default));
    }

    [Fact]
    public async Task Trap_7_25_QcRecordsThatCannotBeFoundOrCreated_StringOrderIdsAreListedAndBatchesMatchTheStockBatchCode()
    {
        var (order, partId) = await ReceivedOrderAsync(("L-STOCK", 10m));
        await db.Store.InsertAsync(new QcRecord { Id = DocumentId.New(), OrderId = new BsonString(order.Id), BatchCode = "older", Part = "3", CreatedAt = DateTime.UtcNow.AddYears(-1) }, default);

        var created = await Save(order, new() { BatchCode = "L-STOCK", Part = partId });
        var listed = await services.Qc.ListAsync(order.Id, Inspector, default);

        Assert.Equal([created.Id, listed[1].Id], listed.Select(r => r.Id));
        Assert.Equal("older", listed[1].BatchCode);
        var batches = await services.Qc.BatchesAsync(order.Id, Inspector, default);
        Assert.Equal(("L-STOCK", partId, 10m), (batches[0].BatchCode, batches[0].PartId, batches[0].Quantity));
    }

    public void Dispose() => db.Dispose();

    private Task<QcRecord> Save(PurchaseOrder order, QcRecordInput input) => services.Qc.SaveAsync(order.Id, null, input, Inspector, default);

    private static QcRecordInput Complete(string partId, decimal quantity, string result) => new()
    {
        BatchCode = "L-1",
        Part = partId,
        PrelevationDate = "2026-02-02",
        PrelevatedQuantity = quantity,
        BaRompharmNo = "BA-12",
        BaRompharmDate = "2026-02-03",
        TestResult = result,
    };

    private async Task<(PurchaseOrder Order, string PartId)> ReceivedOrderAsync(params (string Batch, decimal Quantity)[] receipts)
    {
        await services.SeedStatesAsync();
        await seed.EnsureReferenceDataAsync();
        var part = await seed.PartAsync();
        var location = await seed.LocationAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Processing, (part, receipts.Sum(r => r.Quantity) + 100));
        foreach (var (batch, quantity) in receipts)
        {
            await services.Receipts.ReceiveAsync(order.Id, new ReceiveStockInput
            {
                ItemId = order.Items[0].Id,
                Quantity = quantity,
                LocationId = location.Id,
                BatchCode = batch,
            }, null, Receiver, default);
        }
        return ((await seed.ReloadAsync(order))!, part.Id);
    }

    private Task<IReadOnlyList<AuditLogEntry>> AuditAsync(PurchaseOrder order, string action) =>
        db.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", action) & Filter.Eq("resource_id", order.Id), 10), default);
}
