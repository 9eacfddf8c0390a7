using Depo.Core.Common.Validation;

namespace Depo.Core.Approvals.Templates;

/// <summary>One officer of a template as the form and the JSON body send it (spec procurement §4.1).</summary>
public sealed class ApprovalOfficerInput
{
    public string? Type { get; set; }

    public string? Reference { get; set; }

    public string? Action { get; set; }

    public int? Order { get; set; }

    /// <summary>What the signature means; "Approved" when empty.</summary>
    [TrimmedLength(0, 100, ErrorMessage = "meaning must be at most 100 characters.")]
    public string? Meaning { get; set; }

    public static ApprovalOfficerInput From(ApprovalOfficer officer) => new()
    {
        Type = officer.Type,
        Reference = officer.Reference,
        Action = officer.Action,
        Order = officer.Order,
        Meaning = officer.Meaning,
    };
}
