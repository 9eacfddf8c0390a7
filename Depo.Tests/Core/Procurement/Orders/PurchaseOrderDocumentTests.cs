using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using MongoDB.Bson;

namespace Depo.Tests.Core.Procurement.Orders;

/// <summary>The stored shape of an order (spec procurement §5.1.1) as other readers of the database see it.</summary>
public sealed class PurchaseOrderDocumentTests
{
    public PurchaseOrderDocumentTests() => ProcurementCollections.Register();

    [Fact]
    public void NoDestination_IsStoredAsBsonNull_NeverAsTheDriversCSharpNullMarker()
    {
        var order = new PurchaseOrder { Id = DocumentId.New(), Reference = "PO-0001", DestinationId = null };

        var stored = DocumentMap.ToBson(order);

        Assert.Equal(BsonNull.Value, stored["destination_id"]);
        Assert.DoesNotContain("_csharpnull", stored.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreatedWithoutDestination_StoresNullAndReadsBackAsNull()
    {
        using var database = new TempLiteDb();
        var order = new PurchaseOrder { Id = DocumentId.New(), Reference = "PO-0002" };
        await database.Store.InsertAsync(order, default);

        var raw = await database.Store.FindOneAsync<PurchaseOrder>(Filter.Eq("destination_id", BsonNull.Value), default);

        Assert.NotNull(raw);
        Assert.True(raw.DestinationId is null || raw.DestinationId.IsBsonNull);
        Assert.Equal(BsonNull.Value, DocumentMap.ToBson(raw)["destination_id"]);
    }
}
