using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Support.Inventory;

/// <summary>Documents of collections owned by later modules, written in their stored shapes.</summary>
public static class OrderSeed
{
    /// <summary>The state named <paramref name="name"/>: the one seeded at start-up when there is one.</summary>
    public static async Task<string> PurchaseStateAsync(IDocumentStore store, string name)
    {
        if (await store.FindOneAsync<PurchaseOrderStateRecord>(Filter.Eq("name", name), default) is { } seeded)
            return seeded.Id;
        var state = new PurchaseOrderStateRecord { Id = DocumentId.New(), Name = name };
        await store.InsertAsync(state, default);
        return state.Id;
    }

    /// <summary>A purchase order whose lines hold <c>part_id</c> as a string, as procurement stores it.</summary>
    public static async Task<string> PurchaseOrderAsync(
        IDocumentStore store, string reference, string? stateId, string? status, string? supplierId, DateTime createdAt,
        params (string PartId, double Quantity, double Received)[] lines)
    {
        var order = new PurchaseOrderRecord
        {
            Id = DocumentId.New(),
            Reference = reference,
            StateId = stateId is null ? null : ObjectId.Parse(stateId),
            Status = status,
            SupplierId = supplierId is null ? null : ObjectId.Parse(supplierId),
            CreatedAt = createdAt,
            Items = [.. lines.Select(l => new OrderLineRecord { PartId = l.PartId, Quantity = l.Quantity, Received = l.Received, Notes = "" })],
        };
        await store.InsertAsync(order, default);
        return order.Id;
    }

    public static async Task<string> SalesOrderAsync(
        IDocumentStore store, string reference, string? status, DateTime createdAt, params (BsonValue PartId, double Quantity, double? Shipped)[] lines)
    {
        var order = new SalesOrderRecord
        {
            Id = DocumentId.New(),
            Reference = reference,
            CustomerName = "Farmacia " + reference,
            Status = status,
            CreatedAt = createdAt,
            Items = [.. lines.Select(l => new OrderLineRecord { PartId = l.PartId, Quantity = l.Quantity, Shipped = l.Shipped })],
        };
        await store.InsertAsync(order, default);
        return order.Id;
    }

    /// <summary>A recipe revision with the given stored lines.</summary>
    public static async Task<string> RecipeAsync(
        IDocumentStore store, BsonValue? productPartId, int? productLegacyId, int rev, DateTime revDate, params BsonDocument[] items)
    {
        var recipe = new RecipeRecord
        {
            Id = DocumentId.New(),
            PartId = productPartId,
            LegacyId = productLegacyId,
            Rev = rev,
            RevDate = revDate,
            ExtraElements = new BsonDocument("items", new BsonArray(items)),
        };
        await store.InsertAsync(recipe, default);
        return recipe.Id;
    }

    public static BsonDocument Ingredient(string? partId, int? legacyId) => new()
    {
        ["type"] = 1,
        ["part_id"] = partId is null ? BsonNull.Value : ObjectId.Parse(partId),
        ["id"] = legacyId is null ? BsonNull.Value : legacyId.Value,
        ["q"] = 1.0,
    };

    public static BsonDocument Group(params BsonDocument[] alternatives) =>
        new() { ["type"] = 2, ["mandatory"] = true, ["items"] = new BsonArray(alternatives) };

    public static async Task RequestAsync(IDocumentStore store, string? stateId, string? status, string source, StockRequestLineRecord line)
    {
        var request = new StockRequestRecord
        {
            Id = DocumentId.New(),
            StateId = stateId is null ? null : ObjectId.Parse(stateId),
            Status = status,
            Source = source,
            Items = [line],
        };
        await store.InsertAsync(request, default);
    }
}
