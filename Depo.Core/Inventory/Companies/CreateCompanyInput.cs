using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Companies;

/// <summary>Body of <c>POST /suppliers</c>, <c>/manufacturers</c> and <c>/clients</c> (spec inventory §3.4).</summary>
public sealed class CreateCompanyInput : CompanyInputFields
{
    [Required(ErrorMessage = "name is required.")]
    [TrimmedLength(1, 300, ErrorMessage = "name must be 1 to 300 characters.")]
    public override string? Name { get; set; }
}
