using System.Net.Http.Headers;
using System.Net.Http.Json;
using Depo.Core.Common.Actors;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Depo.Tests.Support;

/// <summary>
/// The real app over a temporary LiteDB folder. Clients sign in through the real login route.
/// Override <see cref="Settings"/> to change configuration for one test class, <see cref="UsesFakeClock"/>
/// to run the app on <see cref="Clock"/>, and <see cref="ConfigureServices"/> to replace services.
/// </summary>
public class DepoApiFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";
    private int userCounter;

    public string DataDir { get; } = Path.Combine(Path.GetTempPath(), "depo-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Settings for this factory; the login limit is high so that many clients may sign in.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:DataDir"] = DataDir,
        ["Auth:LoginAttemptsPerMinute"] = "100000",
    };

    /// <summary>The app's clock when <see cref="UsesFakeClock"/>; moved only by the test.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 9, 0, 0, 123, TimeSpan.Zero));

    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    protected virtual bool UsesFakeClock => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (UsesFakeClock)
                services.AddSingleton<TimeProvider>(Clock);
            ConfigureServices(services);
        });
    }

    /// <summary>Replaces services after the app registered its own.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Creates a local user (unique name) with an optional role of <paramref name="permissions"/>.</summary>
    public async Task<User> CreateUserAsync(bool admin = false, IReadOnlyList<string>? permissions = null, string? username = null)
    {
        using var scope = Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var name = username ?? $"user{Interlocked.Increment(ref userCounter)}_{Guid.NewGuid():N}"[..20];
        var user = await accounts.CreateLocalAsync(
            new CreateUserInput { Username = name, Password = Password, IsAdmin = admin, Name = "Test " + name },
            Actor.System, CancellationToken.None);
        if (permissions is not null)
        {
            var role = new Role { Name = "Role " + name, Slug = "role-" + name, Permissions = [.. permissions] };
            await Store.InsertAsync(role, CancellationToken.None);
            await Store.UpdateOneAsync<User>(Filter.IdIs(user.Id), Update.Set("local_role", role.Id), upsert: false, CancellationToken.None);
        }
        return user;
    }

    /// <summary>A client carrying a session token obtained from <c>POST /api/auth/login</c>.</summary>
    public async Task<HttpClient> SignedInClientAsync(bool admin = false, IReadOnlyList<string>? permissions = null)
    {
        var user = await CreateUserAsync(admin, permissions);
        return await ClientForAsync(user.Username);
    }

    public async Task<HttpClient> ClientForAsync(string username, string password = Password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password });
        response.EnsureSuccessStatusCode();
        var login = await response.Content.ReadFromJsonAsync<LoginAnswer>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", login!.token);
        return client;
    }

    /// <summary>A client sending <paramref name="authorization"/> as the raw <c>Authorization</c> header.</summary>
    public HttpClient ClientWithHeader(string authorization)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        return client;
    }

    /// <summary>Creates an API token through <see cref="ApiTokenService"/> as an admin; returns the secret.</summary>
    public async Task<string> CreateApiTokenAsync(IReadOnlyList<string> rights, string? name = null)
    {
        var admin = await CreateUserAsync(admin: true);
        var actor = new Actor { UserId = admin.Id, Username = admin.Username, IsAdmin = true };
        using var scope = Services.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var input = new CreateApiTokenInput
        {
            Name = name ?? "token " + Guid.NewGuid().ToString("N")[..8],
            Rights = [.. rights],
            Expires = Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(30),
        };
        var (_, secret) = await tokens.CreateAsync(input, actor, CancellationToken.None);
        return secret;
    }

    /// <summary>A client presenting a new API token holding <paramref name="rights"/> as <c>Bearer</c>.</summary>
    public async Task<HttpClient> ApiTokenClientAsync(params string[] rights) =>
        ClientWithHeader("Bearer " + await CreateApiTokenAsync(rights));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDir))
            Directory.Delete(DataDir, recursive: true);
    }

    private sealed record LoginAnswer(string token);
}
