using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;

namespace Depo.Core.Procurement.Orders;

/// <summary>Whether rule E (spec procurement §5.4) lets the user change the order now: pages enable fields and line actions by it.</summary>
public sealed class OrderEditCheck(OrderEditRule rule)
{
    public async Task<bool> AllowsAsync(PurchaseOrderView view, Actor actor, CancellationToken cancellationToken)
    {
        try
        {
            await rule.DemandAsync(view.Order, view.Status, actor, cancellationToken);
            return true;
        }
        catch (DepoException failure) when (failure is ConflictException or ForbiddenException or UnauthorizedException)
        {
            return false;
        }
    }
}
