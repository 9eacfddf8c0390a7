using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Identity.Users;

public sealed class SetPasswordInput
{
    [Required(ErrorMessage = "Password is required.")]
    [MinLength(CreateUserInput.MinPasswordLength, ErrorMessage = "Password must be at least 12 characters.")]
    public string Password { get; set; } = "";
}
