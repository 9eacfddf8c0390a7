using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Procurement.Orders;

/// <summary>The Items tab (spec procurement §8.5): the order's lines, editable while rule E allows.</summary>
public partial class OrderLinesPanel
{
    private IReadOnlyList<OrderLineView>? lines;
    private IReadOnlyList<Currency> currencies = [];
    private Actor actor = Actor.Anonymous;
    private string search = "";
    private string? error;
    private bool busy;

    [Parameter, EditorRequired]
    public PurchaseOrderView View { get; set; } = null!;

    [Parameter]
    public bool CanEdit { get; set; }

    /// <summary>Called after a line changed, so the page re-reads the order's counters.</summary>
    [Parameter]
    public EventCallback OnChanged { get; set; }

    [Inject]
    private OrderLineReader Reader { get; set; } = null!;

    [Inject]
    private OrderLineService Lines { get; set; } = null!;

    [Inject]
    private ProcurementLookups Lookups { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    private IEnumerable<OrderLineView> Shown => string.IsNullOrWhiteSpace(search) ? lines ?? [] : (lines ?? []).Where(Matches);

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        try
        {
            currencies = await Lookups.CurrenciesAsync(actor, Aborted);
        }
        catch (DepoException failure)
        {
            error = SnackbarNotices.FailureText(failure, T);
        }
    }

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            lines = await Reader.ListAsync(View.Order.Id, actor, Aborted);
        }
        catch (DepoException failure)
        {
            error = SnackbarNotices.FailureText(failure, T);
        }
    }

    private bool Matches(OrderLineView line)
    {
        var term = search.Trim();
        return new[] { line.PartDetail?.Name, line.PartDetail?.Ipn, line.Line.Reference, line.DestinationName }
            .Any(text => text?.Contains(term, StringComparison.OrdinalIgnoreCase) == true);
    }

    private string CurrencyLabel(string? currency) => currencies.FirstOrDefault(c => c.Id == currency)?.Abrev ?? currency ?? "";

    private Task AddAsync() => OpenDialogAsync(null, T["New item"]);

    private Task EditAsync(OrderLineView line) => OpenDialogAsync(line, T["Edit item"]);

    private async Task OpenDialogAsync(OrderLineView? line, string title)
    {
        var parameters = new DialogParameters<OrderLineDialog>
        {
            { d => d.Order, View.Order },
            { d => d.Line, line },
        };
        var dialog = await Dialogs.ShowAsync<OrderLineDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
            await ChangedAsync();
    }

    private async Task DeleteAsync(OrderLineView line)
    {
        if (await Dialogs.ShowMessageBoxAsync(T["Delete item"], T["Delete the line of {0}?", line.PartDetail?.Name ?? ""], yesText: T["Delete"], cancelText: T["Cancel"]) != true)
            return;
        busy = true;
        try
        {
            await Lines.DeleteAsync(View.Order.Id, line.Line.Id!, actor, Aborted);
            Snackbar.Success(T["Item deleted."]);
            await ChangedAsync();
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

    private async Task ChangedAsync()
    {
        await LoadAsync();
        await OnChanged.InvokeAsync();
    }
}
