using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Depo.Tests.Support.InvenTree;

/// <summary>The app in <c>Auth:Mode=InvenTree</c> against its own <see cref="InvenTreeServer"/>, on a fake clock.</summary>
public class InvenTreeApiFactory : DepoApiFactory
{
    public const int StaffRefreshMinutes = 5;

    public InvenTreeServer InvenTree { get; } = new();

    /// <summary>Inventree:TimeoutSeconds; the default leaves a busy build machine room to answer.</summary>
    protected virtual int TimeoutSeconds => 10;

    protected override bool UsesFakeClock => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:Mode"] = "InvenTree",
        ["Auth:StaffRefreshMinutes"] = StaffRefreshMinutes.ToString(CultureInfo.InvariantCulture),
        ["Inventree:Url"] = InvenTree.Url + "/",
        ["Inventree:TimeoutSeconds"] = TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A user InvenTree knows, with a fresh name, password and InvenTree token.</summary>
    public InvenTreeAccount NewAccount(bool isStaff = false, bool isSuperuser = false, string firstName = "Ana", string lastName = "Pop")
    {
        var account = new InvenTreeAccount(
            "it_" + Guid.NewGuid().ToString("N")[..10], "pw-" + Guid.NewGuid().ToString("N"), "inv-" + Guid.NewGuid().ToString("N"));
        InvenTree.AcceptsPassword(account.Username, account.Password, account.Token);
        InvenTree.HasProfile(account.Token, isStaff, isSuperuser, firstName, lastName);
        return account;
    }

    public Task<HttpResponseMessage> LoginAsync(InvenTreeAccount account) =>
        CreateClient().PostAsJsonAsync("/api/auth/login", new { username = account.Username, password = account.Password });

    /// <summary>A client carrying the Depo session token of <paramref name="account"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(InvenTreeAccount account)
    {
        var response = await LoginAsync(account);
        response.EnsureSuccessStatusCode();
        var login = await response.Content.ReadFromJsonAsync<JsonElement>();
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", login.GetProperty("token").GetString());
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            InvenTree.Dispose();
    }
}
