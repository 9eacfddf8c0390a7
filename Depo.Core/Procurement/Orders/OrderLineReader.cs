using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Locations;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// <c>GET /purchase-orders/{order_id}/items</c> (spec procurement §5.9, trap 7.22): lines in stored order, part details
/// refreshed from the parts and destination names, one query each; lines without an id get one, saved once under the
/// version read — when another reader saved first, its ids are the ones shown.
/// </summary>
public sealed class OrderLineReader(IDocumentStore store, PurchaseOrderReader reader)
{
    private const int MaxAttempts = 5;

    public async Task<IReadOnlyList<OrderLineView>> ListAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await reader.LoadAsync(orderId, cancellationToken);
        for (var attempt = 1; order.Items.Any(line => string.IsNullOrEmpty(line.Id)); attempt++)
        {
            try
            {
                await SaveLineIdsAsync(order, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                order = await reader.LoadAsync(orderId, cancellationToken);
            }
        }
        return await ViewsAsync(order.Items, cancellationToken);
    }

    public async Task<IReadOnlyList<OrderLineView>> ViewsAsync(IReadOnlyList<PurchaseOrderLine> lines, CancellationToken cancellationToken)
    {
        var parts = await ByIdAsync<Article>(lines.Select(line => PurchaseOrderReader.TextOf(line.PartId)), cancellationToken);
        var locations = await ByIdAsync<Location>(lines.Select(line => line.DestinationId), cancellationToken);
        return [.. lines.Select(line => new OrderLineView(
            line,
            parts.TryGetValue(PurchaseOrderReader.TextOf(line.PartId) ?? "", out var part)
                ? new LinePartDetail { Name = part.Name, Ipn = part.Ipn, Um = part.Um }
                : line.PartDetail,
            locations.TryGetValue(line.DestinationId?.ToLowerInvariant() ?? "", out var location) ? location.Name : null))];
    }

    private async Task SaveLineIdsAsync(PurchaseOrder order, CancellationToken cancellationToken)
    {
        foreach (var line in order.Items.Where(line => string.IsNullOrEmpty(line.Id)))
            line.Id = DocumentId.New();
        var update = Update.Set("items", new BsonArray(order.Items.Select(item => item.ToBsonDocument()))).AndIncrement("version", 1);
        await store.CommitAsync(new ChangeSet().Update<PurchaseOrder>(VersionGuard.Of(order.Id, order.Version), update), cancellationToken);
        order.Version++;
    }

    private async Task<Dictionary<string, T>> ByIdAsync<T>(IEnumerable<string?> references, CancellationToken cancellationToken)
        where T : StoredDocument
    {
        var ids = references.Where(DocumentId.IsValid).Select(id => id!.ToLowerInvariant()).Distinct().ToList();
        if (ids.Count == 0)
            return [];
        var found = await store.FindAsync<T>(Query.Where(Filter.In("_id", ids.Select(id => (object?)ObjectId.Parse(id))), ids.Count), cancellationToken);
        return found.ToDictionary(document => document.Id, StringComparer.OrdinalIgnoreCase);
    }
}
