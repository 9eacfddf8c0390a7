using System.ComponentModel.DataAnnotations;
using Depo.Core.Common.Validation;

namespace Depo.Core.SystemAdmin.Config;

/// <summary>Body of <c>POST /api/config/</c>: absent or null fields stay unchanged.</summary>
public sealed class UpdateAppSettingsInput
{
    /// <summary>Trimmed before it is stored, so the bounds apply to the trimmed name (spec identity §1.5).</summary>
    [TrimmedLength(1, 200, ErrorMessage = "company_name must be 1 to 200 characters.")]
    public string? CompanyName { get; set; }

    [StringLength(500, ErrorMessage = "company_logo must be at most 500 characters.")]
    public string? CompanyLogo { get; set; }
}
