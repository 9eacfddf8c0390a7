using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// A keyed <c>config</c> document (procurement spec §1.4 b) as the stock enrichment reads it: the
/// <c>organizatie</c> slug holds the organisation name in <c>content</c> (spec inventory §2.5 rule 2).
/// Read-only; other members stay among the extra elements.
/// </summary>
public sealed class OrganisationConfig : StoredDocument
{
    public const string OrganisationSlug = "organizatie";

    public string? Slug { get; set; }

    public BsonValue? Content { get; set; }

    public string? ContentText => Content is { IsString: true } text ? text.AsString : null;
}
