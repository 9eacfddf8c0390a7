using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Identity.Users;

/// <summary>A new local user (Local mode): from the Users page, the setup page or <c>create-user</c>.</summary>
public sealed class CreateUserInput
{
    public const int MinPasswordLength = 12;

    [Required(ErrorMessage = "Username is required."), StringLength(150, ErrorMessage = "Username is at most 150 characters.")]
    [RegularExpression(@"^[\w.@+-]+$", ErrorMessage = "Username may use letters, digits and . @ + - _ only.")]
    public string Username { get; set; } = "";

    [StringLength(200, ErrorMessage = "Name is at most 200 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Password is required.")]
    [MinLength(MinPasswordLength, ErrorMessage = "Password must be at least 12 characters.")]
    public string Password { get; set; } = "";

    public bool IsAdmin { get; set; }
}
