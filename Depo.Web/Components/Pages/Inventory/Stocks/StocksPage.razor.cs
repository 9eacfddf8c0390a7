using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>
/// Every stock record (spec inventory §9.5): search, location, state and "show empty" filters kept in the
/// URL, paged on the server, rows opening the record.
/// </summary>
public partial class StocksPage
{
    public static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<StockView> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<ClassifiedStockState> states = [];
    private Location? location;
    private bool ready, denied;

    [SupplyParameterFromQuery(Name = "search")]
    public string? Search { get; set; }

    [SupplyParameterFromQuery(Name = "location")]
    public string? LocationId { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    public string? State { get; set; }

    [SupplyParameterFromQuery(Name = "empty")]
    public bool ShowEmpty { get; set; }

    [Inject]
    private StockQueryService Stocks { get; set; } = null!;

    [Inject]
    private StockPickerService Pickers { get; set; } = null!;

    [Inject]
    private StockStateService StockStates { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private BrowserTime Time { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        try
        {
            states = await StockStates.ListAsync(actor, Aborted);
            if (!string.IsNullOrEmpty(LocationId))
                location = await Pickers.LocationAsync(LocationId, actor, Aborted);
        }
        catch (ForbiddenException)
        {
            denied = true;
        }
        ready = true;
    }

    private async Task<GridData<StockView>> LoadAsync(GridState<StockView> state, CancellationToken cancellationToken)
    {
        await Time.LoadAsync();
        try
        {
            var filter = new StockListFilter
            {
                Search = Search,
                LocationId = location?.Id ?? LocationId,
                StateId = State,
                IncludeEmpty = ShowEmpty ? "true" : null,
            };
            var page = await Stocks.ListAsync(filter, new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            return new GridData<StockView> { Items = page.Items, TotalItems = (int)page.Total };
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, T);
            return new GridData<StockView> { Items = [], TotalItems = 0 };
        }
    }

    private async Task<IEnumerable<Location>> SearchLocationsAsync(string? text, CancellationToken cancellationToken) =>
        await Pickers.LocationsAsync(text, actor, cancellationToken);

    private async Task SearchKeyAsync(KeyboardEventArgs key)
    {
        if (key.Key == "Enter")
            await ApplyAsync();
    }

    // The filters go into the URL, so a reload or a shared link shows the same list.
    private Task ApplyAsync()
    {
        LocationId = location?.Id;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["search"] = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
            ["location"] = LocationId,
            ["state"] = string.IsNullOrEmpty(State) ? null : State,
            ["empty"] = ShowEmpty ? true : null,
        }), replace: true);
        return grid.ReloadServerData();
    }

    private Task ResetAsync()
    {
        (Search, location, State, ShowEmpty) = (null, null, null, false);
        return ApplyAsync();
    }

    private Task OpenAsync(DataGridRowClickEventArgs<StockView> row)
    {
        Navigation.NavigateTo($"/inventory/stocks/{row.Item.Stock.Id}");
        return Task.CompletedTask;
    }
}
