namespace Depo.Core.Inventory;

/// <summary>The <c>Inventory</c> settings (spec inventory §0.2); state lists default from the well-known states.</summary>
public sealed class InventoryOptions
{
    public const string Section = "Inventory";

    /// <summary>States whose stock may be moved by a request; null = [OK, Quarantine-transferable].</summary>
    public List<string>? TransferableStateIds { get; set; }

    /// <summary>States whose stock is not available for use; null = [Quarantined, Quarantine-transferable].</summary>
    public List<string>? BlockedStateIds { get; set; }

    public string InternalProductionName { get; set; } = "Internal Production";

    public bool QcReleaseRequiresBa { get; set; } = true;
}
