using MongoDB.Bson;

namespace Depo.Core.Approvals;

/// <summary>Copies a template's officers into a new shape-A flow for one object (spec procurement §4.9, §5.5).</summary>
public static class ApprovalFlowFactory
{
    /// <summary>
    /// <c>must_sign</c> officers become required, the rest optional; each list sorted by <c>order</c>.
    /// Procurement flows (<paramref name="onlyKnownActions"/>) drop officers whose action is neither
    /// <c>must_sign</c> nor <c>can_sign</c>, as §5.5 says; the generic route keeps them as optional.
    /// </summary>
    public static ApprovalFlow Create(
        ApprovalTemplate template, string objectType, string objectSource, string objectId, DateTime now, bool onlyKnownActions)
    {
        var required = template.Officers.Where(o => o.Action == ApprovalOfficer.MustSign);
        var optional = template.Officers.Where(o => o.Action != ApprovalOfficer.MustSign
            && (!onlyKnownActions || o.Action == ApprovalOfficer.CanSign));
        var requiredOfficers = Copy(required);
        return new ApprovalFlow
        {
            Id = ObjectId.GenerateNewId().ToString(),
            ObjectType = objectType,
            ObjectSource = objectSource,
            ObjectId = objectId,
            TemplateId = template.Id,
            TemplateName = template.Name,
            MinSignatures = requiredOfficers.Count,
            RequiredOfficers = requiredOfficers,
            OptionalOfficers = Copy(optional),
            Signatures = [],
            Status = ApprovalFlow.StatusPending,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    // Each officer reduced to type, reference, action and order (§4.9), plus the meaning its signature records.
    private static List<ApprovalOfficer> Copy(IEnumerable<ApprovalOfficer> officers) =>
        [.. officers.OrderBy(o => o.Order).Select(o => new ApprovalOfficer { Type = o.Type, Reference = o.Reference, Action = o.Action, Order = o.Order, Meaning = o.Meaning })];
}
