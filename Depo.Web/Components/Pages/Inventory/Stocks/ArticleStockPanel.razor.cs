using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Stock;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>
/// The Stock tab of an article (spec inventory §9.3): its records holding stock, paged on the server,
/// subtotals per location and state class, and Add Stock (§9.4).
/// </summary>
public partial class ArticleStockPanel
{
    private MudDataGrid<StockView> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<StockLocationSubtotal> subtotals = [];
    private bool mayAdd;

    /// <summary>The article's 24-hex id.</summary>
    [Parameter, EditorRequired]
    public string ArticleId { get; set; } = "";

    [Inject]
    private StockQueryService Stocks { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

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
        mayAdd = StockService.MayAdd(actor);
        await LoadSubtotalsAsync();
    }

    private async Task<GridData<StockView>> LoadAsync(GridState<StockView> state, CancellationToken cancellationToken)
    {
        await Time.LoadAsync();
        try
        {
            var page = await Stocks.ListAsync(
                new StockListFilter { PartId = ArticleId }, new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            return new GridData<StockView> { Items = page.Items, TotalItems = (int)page.Total };
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, T);
            return new GridData<StockView> { Items = [], TotalItems = 0 };
        }
    }

    private async Task LoadSubtotalsAsync()
    {
        try
        {
            subtotals = await Stocks.SubtotalsAsync(ArticleId, actor, Aborted);
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, T);
        }
    }

    private async Task AddAsync()
    {
        var options = new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await Dialogs.ShowAsync<AddStockDialog>(T["Add stock"], new DialogParameters<AddStockDialog> { { d => d.ArticleId, ArticleId } }, options);
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Success(T["Stock added."]);
            await LoadSubtotalsAsync();
            await grid.ReloadServerData();
        }
    }

    private void Open(DataGridRowClickEventArgs<StockView> row) => Navigation.NavigateTo($"/inventory/stocks/{row.Item.Stock.Id}");
}
