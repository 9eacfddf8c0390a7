using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Orders;

/// <summary>A <c>depo_purchase_orders_states</c> document (spec procurement §5.1.2), looked up by name.</summary>
public sealed class PurchaseOrderState : StoredDocument
{
    public const string Pending = "Pending";
    public const string Issued = "Issued";
    public const string Processing = "Processing";
    public const string Finished = "Finished";
    public const string Refused = "Refused";
    public const string Canceled = "Canceled";
    public const string DefaultColor = "gray";

    public string Name { get; set; } = "";

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal Value { get; set; }

    public string? Color { get; set; }

    public string DisplayColor => string.IsNullOrEmpty(Color) ? DefaultColor : Color;

    /// <summary>The six names with the values and colours a database gets when one is missing.</summary>
    public static IReadOnlyList<PurchaseOrderState> Defaults { get; } =
    [
        new() { Name = Pending, Value = 0, Color = "gray" },
        new() { Name = Issued, Value = 10, Color = "cyan" },
        new() { Name = Processing, Value = 20, Color = "blue" },
        new() { Name = Finished, Value = 30, Color = "green" },
        new() { Name = Refused, Value = 40, Color = "red" },
        new() { Name = Canceled, Value = 90, Color = "red" },
    ];
}
