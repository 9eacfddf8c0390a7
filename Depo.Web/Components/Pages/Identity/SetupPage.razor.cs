using Depo.Core.Common.Errors;
using Depo.Core.Identity.Setup;
using Depo.Core.Identity.SignIn;
using Depo.Web.Auth;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>First run: creates the first administrator and signs them in; shown only while there are no users.</summary>
public partial class SetupPage
{
    private ServerErrors serverErrors = null!;
    private SetupForm input = new();

    [Inject]
    private FirstRunSetup Setup { get; set; } = null!;

    [Inject]
    private SignInService SignIn { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<IdentityText> T { get; set; } = null!;

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    // A post without the form's fields supplies null: keep an empty form instead.
    [SupplyParameterFromForm(FormName = "setup")]
    private SetupForm Input { get => input; set => input = value ?? new(); }

    protected override async Task OnInitializedAsync()
    {
        if (!await Setup.IsNeededAsync(CancellationToken.None))
            Navigation.NavigateTo("/login");
    }

    private async Task CreateAsync()
    {
        var http = HttpContext ?? throw new InvalidOperationException("The setup page renders statically, with an HttpContext.");
        if (Input.Password != Input.ConfirmPassword)
        {
            serverErrors.Show(new ValidationFailedException("confirm_password", "The passwords do not match."));
            ForgetPasswords();
            return;
        }
        try
        {
            var admin = await Setup.CreateFirstAdminAsync(Input.SetupToken, Input.ToUserInput(), http.RequestAborted);
            var login = new LoginInput { Username = admin.Username, Password = Input.Password };
            var result = await SignIn.LoginAsync(login, http.Connection.RemoteIpAddress?.ToString(), DepoClaims.UserAgentOf(http), http.RequestAborted);
            await CookieSignIn.SignInAsync(http, result);
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
            ForgetPasswords();
            return;
        }
        Navigation.NavigateTo("/");
    }

    // Never send a typed password back in the page.
    private void ForgetPasswords()
    {
        Input.Password = "";
        Input.ConfirmPassword = "";
    }
}
