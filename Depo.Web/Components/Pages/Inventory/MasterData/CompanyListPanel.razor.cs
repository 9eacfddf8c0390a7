using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Companies;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The supplier, manufacturer or client list (spec inventory §9.8): paged on the server, search in the URL.</summary>
public partial class CompanyListPanel
{
    private readonly int[] pageSizes = [25, 50, 100];
    private MudDataGrid<Company> grid = null!;
    private Actor actor = Actor.Anonymous;
    private string? refusal;
    private bool denied, busy, isAdmin;

    [Parameter, EditorRequired]
    public CompanyRole Role { get; set; }

    [Parameter]
    public string? Search { get; set; }

    [Inject]
    private CompanyService Companies { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private BrowserTime Time { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        isAdmin = actor.IsAdmin;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (grid is not null)
            await grid.ReloadServerData();
    }

    private async Task<GridData<Company>> LoadAsync(GridState<Company> state, CancellationToken cancellationToken)
    {
        await Time.LoadAsync();
        try
        {
            var page = await Companies.ListAsync(Role, Search, new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            return new GridData<Company> { Items = page.Items, TotalItems = (int)page.Total };
        }
        catch (ForbiddenException)
        {
            denied = true;
            StateHasChanged();
            return new GridData<Company> { Items = [], TotalItems = 0 };
        }
    }

    private void OnSearchChanged(string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("search", string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private async Task CreateAsync()
    {
        var parameters = new DialogParameters<CompanyCreateDialog> { { d => d.Role, Role } };
        var dialog = await Dialogs.ShowAsync<CompanyCreateDialog>(T["New {0}", T[CompanyFamily.Singular(Role)]], parameters);
        if (await dialog.Result is { Canceled: false, Data: string id })
            Navigation.NavigateTo(CompanyFamily.DetailPath(Role, id));
    }

    private async Task DeleteAsync(Company company)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Delete"], T["Delete {0}?", company.Name], yesText: T["Delete"], cancelText: T["Cancel"]);
        if (confirmed != true)
            return;
        busy = true;
        refusal = null;
        try
        {
            await Companies.DeleteAsync(Role, company.Id, actor, Aborted);
            Snackbar.Success(T["Deleted."]);
            await grid.ReloadServerData();
        }
        catch (DepoException failure)
        {
            // spec inventory §9.7: the reason a delete is refused is shown on the page.
            refusal = ServerMessages.Translate(failure.Message, T);
        }
        finally
        {
            busy = false;
        }
    }
}
