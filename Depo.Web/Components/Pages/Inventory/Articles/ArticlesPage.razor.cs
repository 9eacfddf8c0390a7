using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Articles;

/// <summary>The articles list (spec inventory §9.2): filters kept in the URL, server paging and sorting, delete for admins.</summary>
public partial class ArticlesPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<ArticleRow> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<CategoryView> categories = [];
    private string search = "", category = "", active = "";
    private string? loadError;
    private long total;
    private bool ready, denied, canEdit, isAdmin, busy;

    [SupplyParameterFromQuery(Name = "search")]
    public string? SearchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "category")]
    public string? CategoryQuery { get; set; }

    [SupplyParameterFromQuery(Name = "active")]
    public string? ActiveQuery { get; set; }

    [Inject]
    private ArticleCatalog Catalog { get; set; } = null!;

    [Inject]
    private ArticleService Articles { get; set; } = null!;

    [Inject]
    private CategoryService Categories { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    private string ExportUrl => Navigation.GetUriWithQueryParameters("/inventory/articles/export.csv", new Dictionary<string, object?>
    {
        ["search"] = Blank(search),
        ["category"] = Blank(category),
        ["is_active"] = Blank(active),
    });

    protected override void OnParametersSet() =>
        (search, category, active) = (SearchQuery ?? "", CategoryQuery ?? "", ActiveQuery ?? "");

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        isAdmin = actor.IsSignedInUser && actor.IsAdmin;
        canEdit = actor.Allows(InventoryAccess.Edit);
        try
        {
            categories = (await Categories.ListAsync(null, new PageRequest(0, 1000), actor, Aborted)).Items;
        }
        catch (DepoException failure) when (failure is ForbiddenException or UnauthorizedException)
        {
            denied = true;
        }
        ready = true;
    }

    private async Task<GridData<ArticleRow>> LoadAsync(GridState<ArticleRow> state, CancellationToken cancellationToken)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var query = new ArticleListQuery(Blank(search), Blank(category), IsActive: active switch { "true" => true, "false" => false, _ => null },
            SortBy: ArticleRow.SortFieldOf(sort?.SortBy), SortOrder: sort is { Descending: true } ? "desc" : "asc");
        try
        {
            var page = await Catalog.ListAsync(query, new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            (loadError, total) = (null, page.Total);
            return new GridData<ArticleRow> { Items = [.. page.Items.Select(ArticleRow.From)], TotalItems = (int)page.Total };
        }
        catch (DepoException failure)
        {
            (loadError, total) = (SnackbarNotices.FailureText(failure, T), 0);
            return new GridData<ArticleRow> { Items = [], TotalItems = 0 };
        }
        finally
        {
            StateHasChanged();
        }
    }

    private Task SearchChangedAsync(string? value) => FilterAsync(() => search = value ?? "");

    private Task CategoryChangedAsync(string? value) => FilterAsync(() => category = value ?? "");

    private Task ActiveChangedAsync(string? value) => FilterAsync(() => active = value ?? "");

    // The filters live in the URL so that a reload or a shared link shows the same list.
    private async Task FilterAsync(Action change)
    {
        change();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["search"] = Blank(search),
            ["category"] = Blank(category),
            ["active"] = Blank(active),
        }), replace: true);
        await grid.ReloadServerData();
    }

    private async Task AddAsync()
    {
        var dialog = await Dialogs.ShowAsync<ArticleCreateDialog>(T["Add Article"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string id })
            Navigation.NavigateTo($"/inventory/articles/{id}");
    }

    private async Task DeleteAsync(ArticleRow row)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Delete article"], T["Delete {0} ({1})? This cannot be undone.", row.Name, row.Ipn],
            yesText: T["Delete"], cancelText: Shared["Cancel"]);
        if (confirmed != true)
            return;
        busy = true;
        try
        {
            await Articles.DeleteAsync(row.Id, actor, Aborted);
            Snackbar.Success(T["Article deleted."]);
            await grid.ReloadServerData();
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

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
