using System.Text.Json.Serialization;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;

namespace Depo.Web.Api.Inventory;

/// <summary>A <c>depo_ums</c> document on the wire (spec inventory §1.6).</summary>
public sealed record UnitOfMeasureJson([property: JsonPropertyName("_id")] string Id, string Name, string Abrev, string? Symbol)
{
    public static UnitOfMeasureJson From(UnitOfMeasure unit) => new(unit.Id, unit.Name, unit.Abrev, unit.Symbol);
}

/// <summary>A stock state with its classes (spec inventory §1.8, §2.1, §3.5).</summary>
public sealed record StockStateJson(
    [property: JsonPropertyName("_id")] string Id, string Name, decimal Value, string Color,
    bool IsQuarantine, bool IsTransferable, bool IsBlocked)
{
    public static StockStateJson From(ClassifiedStockState classified) => new(
        classified.State.Id, classified.State.Name, classified.State.Value, classified.State.DisplayColor,
        classified.IsQuarantine, classified.IsTransferable, classified.IsBlocked);
}

/// <summary>The answer of <c>GET /stock-states</c>.</summary>
public sealed record StockStatesJson(IReadOnlyList<StockStateJson> Statuses);
