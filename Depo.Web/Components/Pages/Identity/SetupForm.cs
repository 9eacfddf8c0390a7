using Depo.Core.Identity.Users;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>The first-run setup form: the setup token and the first administrator's account.</summary>
public sealed class SetupForm
{
    public string SetupToken { get; set; } = "";

    public string Username { get; set; } = "";

    public string? Name { get; set; }

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";

    public CreateUserInput ToUserInput() => new() { Username = Username, Name = Name, Password = Password, IsAdmin = true };
}
