using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Stock;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>One stock record (spec inventory §9.6): details, QC, its ledger, a move to another location and a QR label.</summary>
public partial class StockPage
{
    private StockView? view;
    private string? failure;
    private bool notFound, denied, mayMove, mayChangeQc;
    private int historyVersion;

    [Parameter]
    public string StockId { get; set; } = "";

    [Inject]
    private StockQueryService Stocks { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        var actor = await GetActorAsync();
        mayMove = StockService.MayAdd(actor);
        mayChangeQc = StockQualityService.MayChange(actor);
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        (notFound, denied, failure) = (false, false, null);
        try
        {
            view = await Stocks.GetAsync(StockId, await GetActorAsync(), Aborted);
            historyVersion++;
        }
        catch (NotFoundException)
        {
            notFound = true;
        }
        catch (ValidationFailedException)
        {
            notFound = true;
        }
        catch (ForbiddenException)
        {
            denied = true;
        }
        catch (DepoException other)
        {
            failure = SnackbarNotices.FailureText(other, T);
        }
    }

    private async Task MoveAsync()
    {
        var parameters = new DialogParameters<StockMoveDialog> { { d => d.View, view } };
        var dialog = await Dialogs.ShowAsync<StockMoveDialog>(T["Move stock"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Success(T["Stock moved."]);
            await ReloadAsync();
        }
    }
}
