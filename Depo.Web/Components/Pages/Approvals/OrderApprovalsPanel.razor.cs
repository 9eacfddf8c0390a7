using Depo.Core.Approvals;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Approval;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Approvals;

/// <summary>
/// The Approvals tab of an order (spec procurement §8.5): flow status, required and optional approvers, signatures
/// with printed name, meaning, company time and verification; Sign (password asked again) only when the server says
/// the user may; admins remove signatures after confirming. Opening it never creates a flow (trap 7.10).
/// </summary>
public partial class OrderApprovalsPanel
{
    private OrderApprovalsView? view;
    private ServerErrors? serverErrors;
    private bool denied, notFound, busy;

    [Parameter, EditorRequired]
    public string OrderId { get; set; } = "";

    /// <summary>Raised after a signature, a removal or a new flow, so the order page can reload (new tabs may appear).</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>The order page's "Approve without flow" (the state route); hidden when not wired.</summary>
    [Parameter]
    public EventCallback OnApproveWithoutFlow { get; set; }

    [Inject]
    private OrderApprovalsPresenter Presenter { get; set; } = null!;

    [Inject]
    private OrderApprovalService Approvals { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            view = await Presenter.ViewAsync(OrderId, await GetActorAsync(), Aborted);
        }
        catch (ForbiddenException)
        {
            denied = true;
        }
        catch (Exception failure) when (failure is NotFoundException or ValidationFailedException)
        {
            notFound = true;
        }
    }

    private async Task SignAsync()
    {
        var meaning = view?.RequiredOfficers.Concat(view.OptionalOfficers).FirstOrDefault(o => o.SignedBy is null)?.Meaning
            ?? ApprovalOfficer.DefaultMeaning;
        var dialog = await Dialogs.ShowAsync<SignApprovalDialog>(T["Sign the order"], new DialogParameters<SignApprovalDialog>
        {
            { d => d.OrderId, OrderId },
            { d => d.RequiresPassword, view?.RequiresPassword ?? true },
            { d => d.Meaning, T[meaning].Value },
        });
        if (await dialog.Result is { Canceled: false })
            await ChangedAsync();
    }

    private Task CreateFlowAsync() => RunAsync(async () => await Approvals.CreateFlowAsync(OrderId, await GetActorAsync(), Aborted));

    private async Task RemoveAsync(ApprovalSignatureRow signature)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Remove signature"],
            T["Remove the signature of {0}? The approval status is recomputed; an approved order returns to Pending.", signature.PrintedName].Value,
            yesText: T["Remove"], cancelText: T["Cancel"]);
        if (confirmed == true)
            await RunAsync(async () => await Approvals.RemoveSignatureAsync(OrderId, signature.UserId, await GetActorAsync(), Aborted));
    }

    private async Task RunAsync(Func<Task> action)
    {
        busy = true;
        try
        {
            await action();
            await ChangedAsync();
        }
        catch (DepoException failure)
        {
            serverErrors?.Show(failure);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ChangedAsync()
    {
        await LoadAsync();
        await OnChanged.InvokeAsync();
    }

    private static string StatusLabel(string status) => status switch
    {
        ApprovalFlow.StatusInProgress => "In progress",
        ApprovalFlow.StatusApproved => "Approved",
        ApprovalFlow.StatusRejected => "Rejected",
        _ => "Pending",
    };

    private static Color StatusColor(string status) => status switch
    {
        ApprovalFlow.StatusInProgress => Color.Info,
        ApprovalFlow.StatusApproved => Color.Success,
        ApprovalFlow.StatusRejected => Color.Error,
        _ => Color.Default,
    };
}
