using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// A keyed <c>config</c> document (spec procurement §1.4 b) as procurement reads it: <c>slug</c> plus <c>items</c>.
/// Read only; when a slug is duplicated the newest (largest <c>_id</c>) wins.
/// </summary>
public sealed class KeyedConfig : StoredDocument
{
    public const string DocumentTemplates = "document_templates_cofig";
    public const string ApprovalFlows = "procurement_approval_flows";

    public string? Slug { get; set; }

    public BsonValue? Items { get; set; }

    public static async Task<KeyedConfig?> FindAsync(IDocumentStore store, string slug, CancellationToken cancellationToken)
    {
        var found = await store.FindAsync<KeyedConfig>(Query.Where(Filter.Eq("slug", slug), 1, SortBy.Desc("_id")), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }
}
