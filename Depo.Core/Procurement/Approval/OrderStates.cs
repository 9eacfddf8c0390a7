using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Approval;

/// <summary>The order states by name and id (spec procurement §5.1.2): readers prefer <c>state_id</c>, else the stored <c>status</c>.</summary>
public sealed class OrderStates(IReadOnlyList<PurchaseOrderState> states)
{
    public static async Task<OrderStates> LoadAsync(IDocumentStore store, CancellationToken cancellationToken) =>
        new(await store.FindAsync<PurchaseOrderState>(Query.Where(Filter.All, 1000), cancellationToken));

    public string? NameOf(PurchaseOrder order)
    {
        var id = order.StateId switch
        {
            { IsObjectId: true } objectId => objectId.AsObjectId.ToString(),
            { IsString: true } text => text.AsString,
            _ => null,
        };
        return states.FirstOrDefault(s => s.Id == id)?.Name ?? order.Status;
    }

    public PurchaseOrderState Named(string name) =>
        states.FirstOrDefault(s => s.Name == name) ?? throw new NotFoundException($"State '{name}' not found");

    /// <summary>Moves the order to <paramref name="name"/>: <c>state_id</c> as ObjectId and the <c>status</c> copy.</summary>
    public void MoveTo(PurchaseOrder order, string name)
    {
        order.StateId = ObjectId.Parse(Named(name).Id);
        order.Status = name;
    }
}
