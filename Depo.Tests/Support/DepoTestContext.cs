using System.Security.Claims;
using Bunit;
using Bunit.Rendering;
using Depo.Core;
using Depo.Core.Common.Actors;
using Depo.Core.Identity;
using Depo.Core.Identity.Users;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Depo.Infrastructure;
using Depo.Web.Auth;
using Depo.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Depo.Tests.Support;

/// <summary>
/// bUnit over the real Core services and a temp LiteDB file, with MudBlazor, loose JS interop and a signed-in
/// user of the test's choice (<see cref="SignInAs"/>). Settings can be overridden per test class.
/// </summary>
public sealed class DepoTestContext : BunitContext
{
    public const string Password = "correct horse battery staple";
    private readonly TempLiteDb db = new();
    private readonly FixedAuthenticationState authentication = new();
    private int userCounter;

    public DepoTestContext(AuthMode mode = AuthMode.Local)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Mode"] = mode.ToString(),
            ["Auth:LoginAttemptsPerMinute"] = "100000",
            ["Storage:DataDir"] = db.Directory,
        };
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        Services.AddLogging();
        Services.AddDepoCore().AddDepoInfrastructure();
        Services.AddSingleton<IDocumentStore>(db.Store);
        Services.AddSingleton<ISecretProtector>(new DataProtectionSecretProtector(new EphemeralDataProtectionProvider()));
        Services.AddSingleton<Depo.Core.Approvals.Signing.IApprovalSignatureKey>(
            new Depo.Web.Api.Approvals.DataProtectionSignatureKey(new EphemeralDataProtectionProvider(), db.Store));
        Services.AddAuthentication(AuthComposition.CookieScheme).AddCookie(AuthComposition.CookieScheme);
        Services.AddAuthorizationCore();
        Services.AddCascadingAuthenticationState();
        Services.AddCascadingValue(_ => Client);
        Services.AddSingleton<AuthenticationStateProvider>(authentication);
        Services.AddSingleton<AntiforgeryStateProvider, NoAntiforgery>();
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddScoped<BrowserTime>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public IDocumentStore Store => db.Store;

    /// <summary>The browser the pages see, as Routes cascades it in the app.</summary>
    public static ClientInfo Client { get; } = new("203.0.113.7", "bUnit browser");

    /// <summary>A local user with a unique name.</summary>
    public async Task<User> CreateUserAsync(bool admin = false, string? username = null)
    {
        var accounts = Services.GetRequiredService<UserAccounts>();
        var name = username ?? $"user{Interlocked.Increment(ref userCounter)}_{Guid.NewGuid():N}"[..20];
        return await accounts.CreateLocalAsync(
            new CreateUserInput { Username = name, Password = Password, IsAdmin = admin, Name = "Test " + name },
            Actor.System, CancellationToken.None);
    }

    /// <summary>The pages see this user as signed in, with the claims the cookie would carry.</summary>
    public void SignInAs(User user) =>
        authentication.Principal = DepoClaims.Principal(new Caller(user, null, null, null), AuthComposition.CookieScheme);

    /// <summary>A request for statically rendered pages, served by this context's services.</summary>
    public HttpContext NewHttpContext() => new DefaultHttpContext { RequestServices = Services };

    /// <summary>Renders <typeparamref name="TPage"/> beside the MudBlazor providers that dialogs and menus need.</summary>
    /// <summary>Renders <typeparamref name="TPage"/> with its parameters, under MudBlazor's popover, dialog and snackbar providers.</summary>
    public IRenderedComponent<ContainerFragment> RenderWithProviders<TPage>(params (string Name, object? Value)[] parameters)
        where TPage : IComponent => Render(builder =>
    {
        builder.OpenComponent<MudPopoverProvider>(0);
        builder.CloseComponent();
        builder.OpenComponent<MudDialogProvider>(1);
        builder.CloseComponent();
        builder.OpenComponent<MudSnackbarProvider>(2);
        builder.CloseComponent();
        builder.OpenComponent<TPage>(3);
        foreach (var (name, value) in parameters)
            builder.AddAttribute(4, name, value);
        builder.CloseComponent();
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            db.Dispose();
    }

    // MudBlazor's services are only asynchronously disposable: tests dispose the context with await using.
    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        db.Dispose();
    }

    private sealed class FixedAuthenticationState : AuthenticationStateProvider
    {
        public ClaimsPrincipal Principal { get; set; } = new(new ClaimsIdentity());

        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(Principal));
    }

    private sealed class NoAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
    }
}
