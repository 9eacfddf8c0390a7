using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// Stock added by hand (spec inventory §2.6, §3.6): every record is written with its <c>manual_add</c>
/// ledger movement and its <c>stock_created</c> audit in one change set.
/// </summary>
public sealed class StockService(
    IDocumentStore store, AuditWriter audit, TimeProvider clock, StockEnricher enricher,
    WellKnownStockStates wellKnown, ManualStockDefaults defaults)
{
    public const string Permission = "inventory.stock";
    public const string LocationNotFound = "Location not found";

    /// <summary>Whether <paramref name="actor"/> may add or move stock (for showing the buttons; the methods check again).</summary>
    public static bool MayAdd(Actor actor) => actor.Allows(Permission);

    public async Task<StockView> AddAsync(AddStockInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.Demand(Permission);
        var errors = InputErrors.Of(input);
        var dates = AddStockRules.Check(input, errors);
        var locationId = ParseId(input.LocationId, "location_id", errors);
        var supplierId = ParseId(input.SupplierId, "supplier_id", errors);
        var unitId = ParseId(input.SupplierUmId, "supplier_um_id", errors) ?? defaults.SupplierUmId;
        var stateId = ParseId(input.StateId, "state_id", errors);
        errors.ThrowIfAny();
        var article = await ArticleReferenceResolver.ResolveAsync(store, input.PartId!, "part_id", cancellationToken);
        var location = await store.GetAsync<Location>(locationId!, cancellationToken) ?? throw new NotFoundException(LocationNotFound);
        if (article.Lotallexp && string.IsNullOrWhiteSpace(input.BatchCode))
            errors.Add("batch_code", "batch_code is required for this article (batch required).");
        if (supplierId is not null && await store.GetAsync<Company>(supplierId, cancellationToken) is null)
            errors.Add("supplier_id", "supplier_id: supplier not found");
        if (await store.GetAsync<UnitOfMeasure>(unitId, cancellationToken) is null)
            errors.Add("supplier_um_id", "supplier_um_id: unit of measure not found");
        errors.ThrowIfAny();
        var states = await enricher.StatesAsync(cancellationToken);
        var state = InitialStockState.Choose(stateId, input.Status, article.Regulated, input.Transferable, states, wellKnown);
        var now = clock.GetUtcNow().UtcDateTime;
        var stock = NewStock(input, article, location, state, supplierId, unitId, dates, actor, now);
        var changes = new ChangeSet().Insert(stock).Insert(new StockMovement
        {
            Id = DocumentId.New(),
            Kind = StockMovementKinds.ManualAdd,
            PartId = article.Id,
            BatchCode = stock.BatchCode,
            Quantity = stock.Quantity,
            ToLocationId = location.Id,
            ToStockId = stock.Id,
            MovedAt = now,
            MovedBy = actor.Username ?? "",
        });
        audit.Add(changes, actor, "stock_created", "stock", stock.Id, new BsonDocument
        {
            ["part_id"] = article.Id,
            ["location_id"] = location.Id,
            ["quantity"] = (double)stock.Quantity,
            ["batch_code"] = stock.BatchCode,
            ["state_id"] = state.Id,
        });
        await store.CommitAsync(changes, cancellationToken);
        return (await enricher.EnrichAsync([stock], cancellationToken))[0];
    }

    /// <summary>An optional body id: null when absent or empty, else 24 hex (the error is added otherwise).</summary>
    public static string? ParseId(string? value, string field, InputErrors errors)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (DocumentId.IsValid(text))
            return text.ToLowerInvariant();
        errors.Add(field, $"{field} must be a 24-character hexadecimal id.");
        return null;
    }

    private static StockItem NewStock(
        AddStockInput input, Article article, Location location, StockState state, string? supplierId, string unitId,
        (string? Manufacturing, string? Expiry, string? Reset, string? SupplierBa) dates, Actor actor, DateTime now) => new()
        {
            Id = DocumentId.New(),
            PartId = ObjectId.Parse(article.Id),
            LocationId = location.Id,
            Quantity = input.Quantity!.Value,
            StateId = state.Id,
            BatchCode = input.BatchCode?.Trim() ?? "",
            SupplierBatchCode = input.SupplierBatchCode?.Trim() ?? "",
            SerialNumbers = input.SerialNumbers ?? "",
            Packaging = input.Packaging ?? "",
            Notes = input.Notes ?? "",
            SupplierId = supplierId,
            SupplierUmId = unitId,
            ReceivedDate = now,
            ReceivedBy = actor.Username,
            ManufacturingDate = dates.Manufacturing,
            ExpiryDate = dates.Expiry,
            ResetDate = dates.Reset,
            ExpectedQuantity = input.ExpectedQuantity,
            Containers = AddStockRules.StoredContainers(input),
            ContainersCleaned = input.ContainersCleaned,
            AccordBa = input.AccordBa,
            IsListSupplier = input.IsListSupplier,
            CleanTransport = input.CleanTransport,
            TemperatureControl = input.TemperatureControl,
            TemperatureConditionsMet = input.TemperatureControl ? input.TemperatureConditionsMet : null,
            SupplierBaNo = input.SupplierBaNo ?? "",
            SupplierBaDate = dates.SupplierBa,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Username,
            UpdatedBy = actor.Username,
        };
}
