using Depo.Core.Storage;

namespace Depo.Core.Inventory.Units;

/// <summary>A <c>depo_ums</c> document (spec inventory §1.6); read-only in Depo.</summary>
public sealed class UnitOfMeasure : StoredDocument
{
    public string Name { get; set; } = "";

    public string Abrev { get; set; } = "";

    public string? Symbol { get; set; }
}
