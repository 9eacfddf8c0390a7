using System.ComponentModel.DataAnnotations;

namespace Depo.Core.SystemAdmin.Config;

/// <summary>Body of <c>POST /api/config/</c>: absent or null fields stay unchanged.</summary>
public sealed class UpdateAppSettingsInput
{
    [StringLength(200, ErrorMessage = "company_name must be 1 to 200 characters.")]
    public string? CompanyName { get; set; }

    [StringLength(500, ErrorMessage = "company_logo must be at most 500 characters.")]
    public string? CompanyLogo { get; set; }
}
