using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Stock;

/// <summary>A <c>depo_stocks_states</c> document (spec inventory §1.8); no route changes it.</summary>
public sealed class StockState : StoredDocument
{
    public const string DefaultColor = "gray";

    public string Name { get; set; } = "";

    /// <summary>Numeric code; sort key; unique.</summary>
    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Value { get; set; }

    public string? Color { get; set; }

    public string DisplayColor => string.IsNullOrEmpty(Color) ? DefaultColor : Color;
}
