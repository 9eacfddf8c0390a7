using Depo.Core.Common.Errors;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// spec procurement §5.3 (trap 7.14): the full transition table of the state route. Transitions only the system
/// makes (approval, un-approval, automatic finish) are not reachable through it.
/// </summary>
public static class OrderTransitions
{
    public const string CancelForbidden = "Only admin or creator can cancel the order";
    public const string RefuseForbidden = "Only admin or must_sign users can refuse the order";
    public const string FinishForbidden = "Only admin can manually finish the order";
    public const string AdminOnly = "Only admin can change this state";

    private static readonly Dictionary<(string From, string To), OrderTransition> Table = new()
    {
        [(PurchaseOrderState.Pending, PurchaseOrderState.Processing)] = OrderTransition.ApproveWithoutFlow,
        [(PurchaseOrderState.Processing, PurchaseOrderState.Issued)] = OrderTransition.Issue,
        [(PurchaseOrderState.Pending, PurchaseOrderState.Refused)] = OrderTransition.Refuse,
        [(PurchaseOrderState.Pending, PurchaseOrderState.Canceled)] = OrderTransition.Cancel,
        [(PurchaseOrderState.Processing, PurchaseOrderState.Canceled)] = OrderTransition.Cancel,
        [(PurchaseOrderState.Issued, PurchaseOrderState.Canceled)] = OrderTransition.Cancel,
        [(PurchaseOrderState.Processing, PurchaseOrderState.Finished)] = OrderTransition.Finish,
        [(PurchaseOrderState.Issued, PurchaseOrderState.Finished)] = OrderTransition.Finish,
    };

    /// <summary>The transition from <paramref name="from"/> to <paramref name="to"/>; 409 when already there or not in the table.</summary>
    public static OrderTransition Between(string from, string to)
    {
        if (from == to)
            throw new ConflictException($"The order is already {to}");
        return Table.TryGetValue((from, to), out var transition)
            ? transition
            : throw new ConflictException($"Cannot change state from {from} to {to}");
    }

    /// <summary>Whether the transition is in the table (pages offer only these).</summary>
    public static bool Exists(string from, string to) => Table.ContainsKey((from, to));

    /// <summary>The 403 message for a caller who may not trigger <paramref name="transition"/>.</summary>
    public static string ForbiddenMessage(OrderTransition transition) => transition switch
    {
        OrderTransition.Cancel => CancelForbidden,
        OrderTransition.Refuse => RefuseForbidden,
        OrderTransition.Finish => FinishForbidden,
        _ => AdminOnly,
    };
}
