using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Locations;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Support.Procurement;

/// <summary>
/// Orders written straight to the store in procurement's stored shape (the order routes belong to another
/// module), plus the parts, locations and supplier a receipt needs. Each call makes its own records.
/// </summary>
public sealed class ReceivingSeed(IDocumentStore store)
{
    public const string Base = "/modules/depo_procurement/api/purchase-orders";

    private readonly StockTestData stock = new(store);

    public Task EnsureReferenceDataAsync() => stock.EnsureReferenceDataAsync();

    public Task<Article> PartAsync(bool regulated = false, string? name = null) => stock.ArticleAsync(regulated: regulated, name: name);

    public Task<Location> LocationAsync() => stock.LocationAsync();

    public async Task<string> StateIdAsync(string name) =>
        (await store.FindOneAsync<PurchaseOrderState>(Filter.Eq("name", name), default))?.Id
            ?? throw new InvalidOperationException($"State {name} is not seeded.");

    /// <summary>An order in <paramref name="state"/> with one line per <paramref name="lines"/> entry.</summary>
    public async Task<PurchaseOrder> OrderAsync(string state, params (Article Part, decimal Quantity)[] lines)
    {
        var supplier = await stock.SupplierAsync();
        var order = new PurchaseOrder
        {
            Id = DocumentId.New(),
            Reference = "PO-" + Random.Shared.Next(10_000, 99_999),
            SupplierId = ObjectId.Parse(supplier.Id),
            StateId = ObjectId.Parse(await StateIdAsync(state)),
            Status = state,
            Items = [.. lines.Select(line => Line(line.Part, line.Quantity))],
            Lines = lines.Length,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            CreatedBy = "buyer",
        };
        await store.InsertAsync(order, default);
        return order;
    }

    public static PurchaseOrderLine Line(Article part, decimal quantity) => new()
    {
        Id = DocumentId.New(),
        PartId = new BsonString(part.Id),
        Quantity = quantity,
        PurchasePriceCurrency = "EUR",
        PartDetail = new LinePartDetail { Name = part.Name, Ipn = part.Ipn, Um = part.Um },
    };

    public Task<PurchaseOrder?> ReloadAsync(PurchaseOrder order) => store.GetAsync<PurchaseOrder>(order.Id, default);

    /// <summary>The smallest valid receive-stock body for a line.</summary>
    public static Dictionary<string, object?> Body(PurchaseOrderLine line, string locationId, decimal quantity, string batch = "L2601-014") => new()
    {
        ["item_id"] = line.Id,
        ["quantity"] = quantity,
        ["location_id"] = locationId,
        ["batch_code"] = batch,
    };
}
