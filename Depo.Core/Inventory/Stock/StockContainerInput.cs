using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>A container inspection row (procurement spec §5.1.3) of a stock added by hand.</summary>
public sealed class StockContainerInput
{
    /// <summary>Client-generated row id.</summary>
    public string? Id { get; set; }

    public int NumContainers { get; set; } = 1;

    public decimal ProductsPerContainer { get; set; } = 1;

    public string? Unit { get; set; }

    public decimal Value { get; set; }

    public bool IsDamaged { get; set; }

    public bool IsUnsealed { get; set; }

    public bool IsMislabeled { get; set; }

    public BsonDocument ToStored() => new()
    {
        ["id"] = string.IsNullOrWhiteSpace(Id) ? Guid.NewGuid().ToString("N") : Id,
        ["num_containers"] = NumContainers,
        ["products_per_container"] = (double)ProductsPerContainer,
        ["unit"] = string.IsNullOrWhiteSpace(Unit) ? "pcs" : Unit.Trim(),
        ["value"] = (double)Value,
        ["is_damaged"] = IsDamaged,
        ["is_unsealed"] = IsUnsealed,
        ["is_mislabeled"] = IsMislabeled,
    };
}
