using Depo.Core.Storage;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>A <c>depo_requests_states</c> document as inventory reads it (spec inventory §4.3), owned by the requests module.</summary>
public sealed class RequestStateRecord : StoredDocument
{
    public string Slug { get; set; } = "";

    public bool IsFinal { get; set; }
}
