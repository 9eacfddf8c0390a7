using Depo.Core.Storage;

namespace Depo.Core.Approvals;

/// <summary>Finds the flow of one object (spec procurement §4.9): when older data holds several, the oldest.</summary>
public sealed class ApprovalFlowLookup(IDocumentStore store)
{
    public async Task<ApprovalFlow?> OfAsync(string objectType, string objectId, CancellationToken cancellationToken)
    {
        var flows = await store.FindAsync<ApprovalFlow>(
            Query.Where(Filter.Eq("object_type", objectType) & Filter.Eq("object_id", objectId), 1, SortBy.Asc("created_at")),
            cancellationToken);
        return flows.Count == 0 ? null : flows[0];
    }
}
