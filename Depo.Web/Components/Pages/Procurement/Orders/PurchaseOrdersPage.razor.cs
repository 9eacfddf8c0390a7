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
    private (string Search, string State, string Supplier) loaded;
    private string? loadError;
    private bool ready, denied, canCreate;

    [SupplyParameterFromQuery(Name = "search")]
    public string? SearchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    public string? StateQuery { get; set; }

    /// <summary>One supplier's orders, as linked from the supplier's page.</summary>
    [SupplyParameterFromQuery(Name = "supplier")]
    public string? SupplierQuery { get; set; }

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

    // The URL is the one source of the filters: the search box and state list change it, and so can a link or the
    // browser's history without a new page (the menu's "Purchase orders" from a searched list). The grid reloads
    // only here, so a filter change never starts two loads that race each other.
    protected override async Task OnParametersSetAsync()
    {
        (search, state) = (SearchQuery ?? "", StateQuery ?? "");
        if (grid is not null && Filters != loaded)
            await grid.ReloadServerData();
    }

    private (string, string, string) Filters => (search, state, SupplierQuery ?? "");

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
        loaded = Filters;
        var query = new PurchaseOrderListQuery(Blank(search), Blank(state), Blank(SupplierQuery), Sort: PurchaseOrderRow.SortOf(sort?.SortBy),
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

    // The filters live in the URL so that a reload or a shared link shows the same list; the new query reaches
    // OnParametersSetAsync, which reloads the grid.
    private Task FilterAsync(Action change)
    {
        change();
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["search"] = Blank(search),
            ["state"] = Blank(state),
            ["supplier"] = Blank(SupplierQuery),
        }), replace: true);
        return Task.CompletedTask;
    }

    private Task ClearSupplierAsync() => FilterAsync(() => SupplierQuery = null);

    private void OpenRow(DataGridRowClickEventArgs<PurchaseOrderRow> click) => Navigation.NavigateTo($"/procurement/{click.Item.Id}");

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<PurchaseOrderCreateDialog>(T["New purchase order"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string id })
            Navigation.NavigateTo($"/procurement/{id}");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
