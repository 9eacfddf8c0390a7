using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Identity.ApiTokens;

public sealed class CreateApiTokenInput
{
    [Required(ErrorMessage = "Name is required."), StringLength(100, MinimumLength = 1)]
    public string Name { get; set; } = "";

    public List<string> Rights { get; set; } = [];

    /// <summary>Expiry; at most two years ahead (spec identity §2.7).</summary>
    [Required(ErrorMessage = "Expiry is required.")]
    public DateTime? Expires { get; set; }
}
