namespace Depo.Core.Procurement.Orders;

/// <summary>The transitions of spec procurement §5.3 that the state route may trigger, each with who may trigger it.</summary>
public enum OrderTransition
{
    /// <summary>Pending → Processing: admin, only when the order has no approval flow.</summary>
    ApproveWithoutFlow,

    /// <summary>Processing → Issued: admin.</summary>
    Issue,

    /// <summary>Pending → Refused: admin, a required officer, or a <c>referate</c> must-sign user; a reason is required.</summary>
    Refuse,

    /// <summary>Pending, Processing, Issued → Canceled: admin or the creator; nothing received yet.</summary>
    Cancel,

    /// <summary>Processing, Issued → Finished: admin, partial receipt allowed.</summary>
    Finish,
}
