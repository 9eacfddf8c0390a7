using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>The QC tab of a stock record (spec inventory §2.7, §9.6): own BA, state and "apply to the whole batch".</summary>
public partial class StockQcPanel
{
    private readonly ChangeStockQcInput input = new();
    private ServerErrors serverErrors = null!;
    private IReadOnlyList<ClassifiedStockState> states = [];
    private DateTime? baDate;
    private bool saving;
    private string? shownFor;

    [Parameter, EditorRequired]
    public StockView View { get; set; } = null!;

    /// <summary>Shown without the save button for callers without <c>inventory.qc</c>.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public EventCallback OnSaved { get; set; }

    [Inject]
    private StockQualityService Quality { get; set; } = null!;

    [Inject]
    private StockStateService StockStates { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnInitializedAsync() => states = await StockStates.ListAsync(await GetActorAsync(), Aborted);

    // The form restarts from the record each time the page shows a new version of it.
    protected override void OnParametersSet()
    {
        var shown = $"{View.Stock.Id}:{View.Stock.Version}";
        if (shown == shownFor)
            return;
        shownFor = shown;
        input.RompharmBaNo = View.Stock.RompharmBaNo ?? "";
        input.StateId = View.State?.Id ?? View.Stock.StateId;
        input.ApplyToBatch = false;
        baDate = DateString.DatePart(View.Stock.RompharmBaDate) is { } day
            ? DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            var result = await Quality.ChangeAsync(View.Stock.Id, ChangedFields(), await GetActorAsync(), Aborted);
            Snackbar.Success(result.AffectedStockIds is { } affected
                ? string.Format(CultureInfo.CurrentCulture, T["QC saved for {0} records."], affected.Count)
                : T["QC saved."]);
            await OnSaved.InvokeAsync();
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }

    // Only what differs from the record is sent, so saving an untouched form changes (and audits) nothing.
    private ChangeStockQcInput ChangedFields()
    {
        var stock = View.Stock;
        var date = baDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
        return new ChangeStockQcInput
        {
            RompharmBaNo = (input.RompharmBaNo ?? "") == (stock.RompharmBaNo ?? "") ? null : input.RompharmBaNo ?? "",
            RompharmBaDate = date == (DateString.DatePart(stock.RompharmBaDate) ?? "") ? null : date,
            StateId = string.Equals(input.StateId, View.State?.Id ?? stock.StateId, StringComparison.OrdinalIgnoreCase) ? null : input.StateId,
            ApplyToBatch = input.ApplyToBatch,
        };
    }

    private string YesNo(bool? value) => value switch { true => T["Yes"], false => T["No"], null => "—" };
}
