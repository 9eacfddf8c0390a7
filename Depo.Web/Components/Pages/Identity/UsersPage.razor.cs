using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Identity;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>Users and API tokens for admins (spec identity §8.6).</summary>
public partial class UsersPage
{
    private MudDataGrid<UserListItem> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<Role> roles = [];
    private bool ready, denied;
    private string? busyUserId;

    [Inject]
    private UserService Users { get; set; } = null!;

    [Inject]
    private RoleDirectory Roles { get; set; } = null!;

    [Inject]
    private AccountService Accounts { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private BrowserTime Time { get; set; } = null!;

    [Inject]
    private IOptions<AuthOptions> Auth { get; set; } = null!;

    [Inject]
    private IStringLocalizer<IdentityText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    private bool IsLocalMode => Auth.Value.Mode == AuthMode.Local;

    private bool IsInvenTreeMode => Auth.Value.Mode == AuthMode.InvenTree;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        denied = !actor.IsAdmin;
        if (!denied)
            roles = await Roles.ListAsync(Aborted);
        ready = true;
    }

    private async Task<GridData<UserListItem>> LoadUsersAsync(GridState<UserListItem> state, CancellationToken cancellationToken)
    {
        await Time.LoadAsync();
        try
        {
            var page = await Users.ListAsync(new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            return new GridData<UserListItem> { Items = page.Items, TotalItems = (int)page.Total };
        }
        catch (ForbiddenException)
        {
            denied = true;
            StateHasChanged();
            return new GridData<UserListItem> { Items = [], TotalItems = 0 };
        }
    }

    private async Task ChangeRoleAsync(UserListItem item, Role? role)
    {
        var question = role is null
            ? T["Remove the role of {0}?", item.User.Username]
            : T["Give {0} the role {1}?", item.User.Username, role.Name];
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Change role"], question, yesText: T["Change role"], cancelText: Shared["Cancel"]);
        if (confirmed == true)
            await RunAsync(item, () => Users.SetRoleAsync(item.User.Id, role?.Id, actor, Aborted), T["Role changed."]);
    }

    // InvenTree mode: an admin re-reads their own staff flag now instead of waiting for the periodic check.
    private Task RefreshStaffStatusAsync(UserListItem item) =>
        RunAsync(item, async () => await Accounts.RefreshStatusAsync(actor, Aborted), T["Staff status updated."]);

    private async Task SetActiveAsync(UserListItem item, bool active)
    {
        var (title, question, done) = active
            ? (T["Reactivate"], T["Reactivate {0}? They can sign in again.", item.User.Username], T["User reactivated."])
            : (T["Deactivate"], T["Deactivate {0}? Their sessions end at once and they cannot sign in.", item.User.Username], T["User deactivated."]);
        var confirmed = await Dialogs.ShowMessageBoxAsync(title, question, yesText: title, cancelText: Shared["Cancel"]);
        if (confirmed == true)
            await RunAsync(item, () => Users.SetActiveAsync(item.User.Id, active, actor, Aborted), done);
    }

    private async Task SetPasswordAsync(UserListItem item)
    {
        var parameters = new DialogParameters<UserPasswordDialog> { { d => d.UserId, item.User.Id } };
        var dialog = await Dialogs.ShowAsync<UserPasswordDialog>(T["Set password for {0}", item.User.Username], parameters);
        if (await dialog.Result is { Canceled: false })
            Snackbar.Success(T["Password set."]);
    }

    private async Task CreateUserAsync()
    {
        var dialog = await Dialogs.ShowAsync<UserCreateDialog>(T["New user"]);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Success(T["User created."]);
            await grid.ReloadServerData();
        }
    }

    private async Task RunAsync(UserListItem item, Func<Task> action, string success)
    {
        busyUserId = item.User.Id;
        try
        {
            await action();
            Snackbar.Success(success);
            await grid.ReloadServerData();
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, Shared);
        }
        finally
        {
            busyUserId = null;
        }
    }
}
