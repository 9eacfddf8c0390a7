using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>Every order state, read in one query (spec procurement §5.1.2): by name as stored, and by id.</summary>
public sealed class OrderStateBook
{
    private const int MaxStates = 200;

    private readonly Dictionary<string, PurchaseOrderState> byId;
    private readonly Dictionary<string, PurchaseOrderState> byName;

    private OrderStateBook(IReadOnlyList<PurchaseOrderState> states)
    {
        All = states;
        byId = states.ToDictionary(state => state.Id, StringComparer.OrdinalIgnoreCase);
        byName = states.GroupBy(state => state.Name, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
    }

    /// <summary>Sorted by <c>value</c>, then <c>name</c>.</summary>
    public IReadOnlyList<PurchaseOrderState> All { get; }

    public static async Task<OrderStateBook> LoadAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        new(await store.FindAsync<PurchaseOrderState>(Query.Where(Filter.All, MaxStates, SortBy.Asc("value"), SortBy.Asc("name")), cancellationToken));

    public PurchaseOrderState? Named(string name) => byName.GetValueOrDefault(name);

    /// <summary>The state of a name the start-up seeding guarantees.</summary>
    public PurchaseOrderState Require(string name) =>
        Named(name) ?? throw new NotFoundException($"State '{name}' not found");

    /// <summary>spec procurement §5.9, trap 7.28: the state in <c>state_id</c>, falling back to the stored <c>status</c>.</summary>
    public PurchaseOrderState? Of(PurchaseOrder order) =>
        (order.StateId is { } id && !id.IsBsonNull && byId.TryGetValue(id.IsObjectId ? id.AsObjectId.ToString() : id.ToString()!, out var state) ? state : null)
        ?? (order.Status is { } status ? Named(status) : null);

    /// <summary>The state's name, else the stored <c>status</c>.</summary>
    public string NameOf(PurchaseOrder order) => Of(order)?.Name ?? order.Status ?? "";

    public static BsonValue IdValue(PurchaseOrderState state) => ObjectId.Parse(state.Id);
}
