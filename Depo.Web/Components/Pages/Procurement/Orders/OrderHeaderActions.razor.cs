using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>
/// The header's state actions (spec procurement §8.5): only those the server would allow this user now, each
/// confirmed; refusing asks for the reason, finishing warns about lines not fully received.
/// </summary>
public partial class OrderHeaderActions
{
    private static readonly (OrderTransition Transition, string Target, string Label, Color Color, string TestId)[] Buttons =
    [
        (OrderTransition.ApproveWithoutFlow, PurchaseOrderState.Processing, "Approve without flow", Color.Primary, "order-approve"),
        (OrderTransition.Issue, PurchaseOrderState.Issued, "Mark as issued", Color.Primary, "order-issue"),
        (OrderTransition.Finish, PurchaseOrderState.Finished, "Finish", Color.Success, "order-finish"),
        (OrderTransition.Refuse, PurchaseOrderState.Refused, "Refuse", Color.Error, "order-refuse"),
        (OrderTransition.Cancel, PurchaseOrderState.Canceled, "Cancel order", Color.Error, "order-cancel"),
    ];

    private IReadOnlySet<OrderTransition> available = new HashSet<OrderTransition>();
    private Actor actor = Actor.Anonymous;
    private bool busy;

    [Parameter, EditorRequired]
    public PurchaseOrderView View { get; set; } = null!;

    [Parameter]
    public EventCallback<PurchaseOrderView> OnChanged { get; set; }

    [Inject]
    private OrderStateChange States { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        actor = await GetActorAsync();
        available = await States.AvailableAsync(View, actor, Aborted);
    }

    private async Task ConfirmAsync(OrderTransition transition, string target)
    {
        string? reason = null;
        if (transition == OrderTransition.Refuse)
        {
            var dialog = await Dialogs.ShowAsync<OrderRefuseDialog>(T["Refuse order"]);
            if (await dialog.Result is not { Canceled: false, Data: string given })
                return;
            reason = given;
        }
        else if (await Dialogs.ShowMessageBoxAsync(T["Confirm"], Question(transition), yesText: T["Yes"], cancelText: T["No"]) != true)
        {
            return;
        }
        busy = true;
        try
        {
            var changed = await States.ChangeAsync(View.Order.Id, target, reason, actor, Aborted);
            Snackbar.Success(T["The order is now {0}.", T[changed.Status]]);
            await OnChanged.InvokeAsync(changed);
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, T);
        }
        finally
        {
            busy = false;
        }
    }

    private string Question(OrderTransition transition) => transition switch
    {
        OrderTransition.Cancel => T["Cancel order {0}?", View.Order.Reference],
        OrderTransition.Issue => T["Mark order {0} as issued to the supplier?", View.Order.Reference],
        OrderTransition.ApproveWithoutFlow => T["Approve order {0} without an approval flow?", View.Order.Reference],
        _ => View.Order.Items.All(line => line.Received >= line.Quantity)
            ? T["Finish order {0}?", View.Order.Reference]
            : T["Some lines of order {0} are not fully received. Finish it anyway?", View.Order.Reference],
    };
}
