using Depo.Core.Common.Errors;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>
/// Stock added by hand from an article's Stock tab (spec inventory §9.4): the state is not chosen here
/// (§2.6); the service checks every rule, and its field errors show under the fields.
/// Closes with the new record's id.
/// </summary>
public partial class AddStockDialog
{
    private readonly AddStockInput input = new();
    private readonly List<StockContainerInput> containers = [];
    private ServerErrors serverErrors = null!;
    private Article? article;
    private IReadOnlyList<Company> suppliers = [];
    private IReadOnlyList<UnitOfMeasure> units = [];
    private Location? location;
    private string? loadFailure;
    private DateTime? manufacturing, shelfLife, supplierBa;
    private bool useExpiry = true, saving;

    /// <summary>The article the stock is of (its 24-hex id).</summary>
    [Parameter, EditorRequired]
    public string ArticleId { get; set; } = "";

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private StockService Stocks { get; set; } = null!;

    [Inject]
    private StockPickerService Pickers { get; set; } = null!;

    [Inject]
    private UnitOfMeasureService Units { get; set; } = null!;

    [Inject]
    private ManualStockDefaults Defaults { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        var actor = await GetActorAsync();
        try
        {
            article = await Pickers.ArticleAsync(ArticleId, actor, Aborted);
            suppliers = await Pickers.ArticleSuppliersAsync(article.Id, actor, Aborted);
            units = await Units.ListAsync(null, actor, Aborted);
            if (article.DefaultLocationId is { } defaultLocation)
                location = await Pickers.LocationAsync(defaultLocation, actor, Aborted);
            input.PartId = article.Id;
            SyncLocation();
            input.SupplierUmId = units.Any(u => u.Id == Defaults.SupplierUmId) ? Defaults.SupplierUmId : null;
        }
        catch (DepoException failure)
        {
            loadFailure = SnackbarNotices.FailureText(failure, T);
        }
    }

    private async Task<IEnumerable<Location>> SearchLocationsAsync(string? text, CancellationToken cancellationToken) =>
        await Pickers.LocationsAsync(text, await GetActorAsync(), cancellationToken);

    private async Task SaveAsync()
    {
        saving = true;
        try
        {
            input.ManufacturingDate = DateText(manufacturing);
            input.ExpiryDate = useExpiry ? DateText(shelfLife) : null;
            input.ResetDate = useExpiry ? null : DateText(shelfLife);
            input.SupplierBaDate = DateText(supplierBa);
            input.Containers = containers.Count == 0 ? null : containers;
            var stock = await Stocks.AddAsync(input, await GetActorAsync(), Aborted);
            Dialog.Close(DialogResult.Ok(stock.Stock.Id));
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

    private void SyncLocation() => input.LocationId = location?.Id;

    private static string? DateText(DateTime? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private void Cancel() => Dialog.Cancel();
}
