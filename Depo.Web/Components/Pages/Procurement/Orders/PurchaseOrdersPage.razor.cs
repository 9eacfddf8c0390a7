using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The purchase order list (spec procurement §8.4): filters kept in the URL, server paging and sorting.</summary>
public partial class PurchaseOrdersPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<PurchaseOrderRow> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<PurchaseOrderState> states = [];
    private string search = "", state = "";
    private (string Search, string State) loaded;
    private string? loadError;
    private bool ready, denied, canCreate;

    [SupplyParameterFromQuery(Name = "search")]
    public string? SearchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    public string? StateQuery { get; set; }

    [Inject]
    private PurchaseOrderList Orders { get; set; } = null!;

    [Inject]
    private ProcurementLookups Lookups { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    // A link or the browser's history can change the query without a new page (the menu's "Purchase orders" from a
    // searched list): the grid follows the URL, or it would keep the old matches under an empty search box.
    protected override async Task OnParametersSetAsync()
    {
        (search, state) = (SearchQuery ?? "", StateQuery ?? "");
        if (grid is not null && (search, state) != loaded)
            await grid.ReloadServerData();
    }

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        canCreate = actor.Allows(ProcurementAccess.Edit);
        try
        {
            states = await Lookups.OrderStatesAsync(actor, Aborted);
        }
        catch (DepoException failure) when (failure is ForbiddenException or UnauthorizedException)
        {
            denied = true;
        }
        ready = true;
    }

    private async Task<GridData<PurchaseOrderRow>> LoadAsync(GridState<PurchaseOrderRow> grid, CancellationToken cancellationToken)
    {
        var sort = grid.SortDefinitions.FirstOrDefault();
        loaded = (search, state);
        var query = new PurchaseOrderListQuery(Blank(search), Blank(state), Sort: PurchaseOrderRow.SortOf(sort?.SortBy),
            Order: sort is null ? null : sort.Descending ? "desc" : "asc");
        try
        {
            var page = await Orders.ListAsync(query, new PageRequest(grid.Page * grid.PageSize, grid.PageSize), actor, cancellationToken);
            loadError = null;
            return new GridData<PurchaseOrderRow> { Items = [.. page.Items.Select(PurchaseOrderRow.From)], TotalItems = (int)page.Total };
        }
        catch (DepoException failure)
        {
            loadError = SnackbarNotices.FailureText(failure, T);
            return new GridData<PurchaseOrderRow> { Items = [], TotalItems = 0 };
        }
        finally
        {
            StateHasChanged();
        }
    }

    private Task SearchChangedAsync(string? value) => FilterAsync(() => search = value ?? "");

    private Task StateChangedAsync(string? value) => FilterAsync(() => state = value ?? "");

    // The filters live in the URL so that a reload or a shared link shows the same list.
    private async Task FilterAsync(Action change)
    {
        change();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["search"] = Blank(search),
            ["state"] = Blank(state),
        }), replace: true);
        await grid.ReloadServerData();
    }

    private void OpenRow(DataGridRowClickEventArgs<PurchaseOrderRow> click) => Navigation.NavigateTo($"/procurement/{click.Item.Id}");

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<PurchaseOrderCreateDialog>(T["New purchase order"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string id })
            Navigation.NavigateTo($"/procurement/{id}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
