using Depo.Core.Common.Errors;
using Depo.Core.Identity;
using Depo.Core.Identity.Setup;
using Depo.Core.Identity.SignIn;
using Depo.Web.Auth;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>Password sign-in (spec identity §8.2), rendered statically so that it can set the cookie.</summary>
public partial class LoginPage
{
    private string? error;
    private LoginInput input = new();

    [Inject]
    private SignInService SignIn { get; set; } = null!;

    [Inject]
    private FirstRunSetup Setup { get; set; } = null!;

    [Inject]
    private IOptions<AuthOptions> Auth { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<IdentityText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    // A post without the form's fields supplies null: keep an empty form instead.
    [SupplyParameterFromForm(FormName = "login")]
    private LoginInput Input { get => input; set => input = value ?? new(); }

    [SupplyParameterFromQuery]
    private string? ReturnUrl { get; set; }

    // Set by the Microsoft sign-in callback when it could not sign the account in.
    [SupplyParameterFromQuery(Name = "error")]
    private string? ErrorCode { get; set; }

    private bool IsAzureAd => Auth.Value.Mode == AuthMode.AzureAd;

    private string MicrosoftUrl => "/account/login/microsoft?returnUrl=" + Uri.EscapeDataString(CookieSignIn.SafeReturnUrl(ReturnUrl));

    protected override async Task OnInitializedAsync()
    {
        if (await Setup.IsNeededAsync(CancellationToken.None))
            Navigation.NavigateTo("/setup");
        error = ErrorCode switch
        {
            "deactivated" => T["This account is deactivated."].Value,
            "microsoft" => T["Microsoft sign-in failed; try again or ask an administrator."].Value,
            _ => null,
        };
    }

    private async Task LoginAsync()
    {
        var http = HttpContext ?? throw new InvalidOperationException("The login page renders statically, with an HttpContext.");
        try
        {
            var result = await SignIn.LoginAsync(Input, http.Connection.RemoteIpAddress?.ToString(), DepoClaims.UserAgentOf(http), http.RequestAborted);
            await CookieSignIn.SignInAsync(http, result);
        }
        catch (DepoException failure)
        {
            error = LoginFailureMessage.Of(failure, Shared);
            Input.Password = "";
            return;
        }
        Navigation.NavigateTo(CookieSignIn.SafeReturnUrl(ReturnUrl));
    }
}
