using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.Approvals.Templates;

/// <summary>The body of <c>POST /api/approvals/templates</c> (spec procurement §4.9).</summary>
public sealed class CreateApprovalTemplateInput
{
    [Required(ErrorMessage = "object_type is required."), TrimmedLength(1, 100, ErrorMessage = "object_type must be 1 to 100 characters.")]
    public string? ObjectType { get; set; }

    [Required(ErrorMessage = "object_source is required."), TrimmedLength(1, 100, ErrorMessage = "object_source must be 1 to 100 characters.")]
    public string? ObjectSource { get; set; }

    [Required(ErrorMessage = "name is required."), TrimmedLength(1, 200, ErrorMessage = "name must be 1 to 200 characters.")]
    public string? Name { get; set; }

    [TrimmedLength(0, 2000, ErrorMessage = "description must be at most 2000 characters.")]
    public string? Description { get; set; }

    public List<ApprovalOfficerInput>? Officers { get; set; }

    public bool? Active { get; set; }
}
