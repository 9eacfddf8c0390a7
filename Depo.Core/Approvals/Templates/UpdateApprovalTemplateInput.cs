using Depo.Core.Common.Validation;

namespace Depo.Core.Approvals.Templates;

/// <summary>The body of <c>PUT /api/approvals/templates/{id}</c>: absent or null members stay unchanged (spec procurement §4.9).</summary>
public sealed class UpdateApprovalTemplateInput
{
    [TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    [TrimmedLength(0, 2000, ErrorMessage = "description must be at most 2000 characters.")]
    public string? Description { get; set; }

    public List<ApprovalOfficerInput>? Officers { get; set; }

    public bool? Active { get; set; }

    public bool IsEmpty => Name is null && Description is null && Officers is null && Active is null;
}
