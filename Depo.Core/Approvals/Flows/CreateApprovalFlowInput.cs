using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Approvals.Flows;

/// <summary>The body of <c>POST /api/approvals/flows</c> (spec procurement §4.9).</summary>
public sealed class CreateApprovalFlowInput
{
    [Required(AllowEmptyStrings = false, ErrorMessage = "object_type is required.")]
    public string? ObjectType { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "object_source is required.")]
    public string? ObjectSource { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "object_id is required.")]
    public string? ObjectId { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "template_id is required.")]
    public string? TemplateId { get; set; }
}
