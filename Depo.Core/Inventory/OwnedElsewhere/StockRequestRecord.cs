using Depo.Core.Storage;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>
/// A <c>depo_requests</c> document as inventory reads it (spec inventory §4.2): the requests module owns and writes
/// it; inventory only counts the open ones naming a location, so every field stays among the extra elements.
/// </summary>
public sealed class StockRequestRecord : StoredDocument;
