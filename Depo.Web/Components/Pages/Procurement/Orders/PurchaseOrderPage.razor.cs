using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The purchase order detail (spec procurement §8.5): header with the allowed actions, and the order's tabs.</summary>
public partial class PurchaseOrderPage
{
    private Actor actor = Actor.Anonymous;
    private PurchaseOrderView? view;
    private string? failure;
    private int activeTab;
    private bool notFound, denied, canEdit, canEditNotes;

    [Parameter]
    public string OrderId { get; set; } = "";

    [Inject]
    private PurchaseOrderService Orders { get; set; } = null!;

    [Inject]
    private OrderEditCheck EditCheck { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        actor = await GetActorAsync();
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        try
        {
            await ShowAsync(await Orders.GetAsync(OrderId, actor, Aborted));
        }
        catch (NotFoundException)
        {
            notFound = true;
        }
        catch (ValidationFailedException)
        {
            notFound = true;
        }
        catch (DepoException error) when (error is ForbiddenException or UnauthorizedException)
        {
            denied = true;
        }
        catch (DepoException error)
        {
            failure = SnackbarNotices.FailureText(error, T);
        }
    }

    private Task ChangedAsync(PurchaseOrderView changed) => ShowAsync(changed);

    private async Task ShowAsync(PurchaseOrderView shown)
    {
        canEdit = await EditCheck.AllowsAsync(shown, actor, Aborted);
        canEditNotes = actor.Allows(ProcurementAccess.Edit);
        view = shown;
    }
}
