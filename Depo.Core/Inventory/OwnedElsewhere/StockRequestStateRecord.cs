using Depo.Core.Storage;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A <c>depo_requests_states</c> document (spec inventory §4.3), looked up by <c>slug</c> or <c>is_final</c>.</summary>
public sealed class StockRequestStateRecord : StoredDocument
{
    public string? Slug { get; set; }

    public bool IsFinal { get; set; }
}
