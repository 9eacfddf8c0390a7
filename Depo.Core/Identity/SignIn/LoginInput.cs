namespace Depo.Core.Identity.SignIn;

/// <summary>Body of <c>POST /api/auth/login</c> and the login form.</summary>
public sealed class LoginInput
{
    public string? Username { get; set; }

    public string? Password { get; set; }
}
