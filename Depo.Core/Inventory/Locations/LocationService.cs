using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Trees;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Locations;

/// <summary>Stock locations (spec inventory §1.3, §3.3): a tree like the categories, deletable only when nothing uses it.</summary>
public sealed class LocationService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    private readonly TreeRules<Location> tree = new(store, "location", "sublocations");
    private readonly AuditedWrites writes = new(store, audit, clock);
    private readonly OpenRequests openRequests = new(store);

    /// <summary>A page sorted by name; the parents of the page are resolved with one extra query at most.</summary>
    public Task<Page<LocationView>> ListAsync(string? search, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "description", "code");
        return tree.PageAsync(filter, page, (location, parentName) => new LocationView(location, parentName), cancellationToken);
    }

    public async Task<LocationView> CreateAsync(CreateLocationInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var (location, parentName) = await tree.NewAsync(input, InputErrors.Of(input), cancellationToken);
        location.Code = StoredCode(input.Code);
        await writes.InsertAsync(location, actor, "location_created", "location", Details(location), cancellationToken);
        return new LocationView(location, parentName);
    }

    public async Task<LocationView> UpdateAsync(string locationId, UpdateLocationInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var edit = await tree.EditAsync(locationId, input, cancellationToken);
        if (input.Code is not null)
            edit.Node.Code = StoredCode(input.Code);
        await writes.ReplaceAsync(edit.Node, edit.Before, actor, "location_updated", "location", Details(edit.Node), cancellationToken);
        return new LocationView(edit.Node, edit.ParentName);
    }

    public async Task DeleteAsync(string locationId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var location = await tree.DeletableAsync(locationId, cancellationToken);
        // spec inventory §3.3: records of any quantity count, zero included.
        var stockItems = await store.CountAsync<StockItem>(Filter.RefersTo("location_id", location.Id), cancellationToken);
        if (stockItems > 0)
            throw InventoryRefusal.Of($"Cannot delete location with {stockItems} stock items. Move or delete them first.");
        var requests = await openRequests.CountNamingAsync(location.Id, cancellationToken);
        if (requests > 0)
            throw InventoryRefusal.Of($"Cannot delete a location used by {requests} open requests");
        await writes.DeleteAsync(location, actor, "location_deleted", "location", Details(location), cancellationToken);
    }

    // An empty code is stored as absent (imported locations without one have none).
    private static string? StoredCode(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();

    private static BsonDocument Details(Location location) => new() { ["name"] = location.Name };
}
