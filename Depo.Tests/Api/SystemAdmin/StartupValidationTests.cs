using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Auth:SessionHours", "0", "Auth:SessionHours")]
    [InlineData("Auth:Mode", "Kerberos", "Auth:Mode")]
    [InlineData("Auth:Mode", "InvenTree", "Inventree:Url")]
    [InlineData("Inventree:Url", "not a url", "Inventree:Url")]
    [InlineData("Modules:Active:0", "warehouse", "Modules:Active")]
    [InlineData("Storage:Provider", "MongoDb", "Storage:ConnectionString")]
    [InlineData("Cors:AllowedOrigins:0", "*", "Cors:AllowedOrigins")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "proxy.local", "ForwardedHeaders:KnownProxies")]
    public void Start_WithWrongSetting_StopsNamingTheSetting(string key, string value, string named)
    {
        using var app = new SettingsFactory(key, value);

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(named, Flatten(failure));
    }

    private static string Flatten(Exception failure) =>
        failure is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : failure.Message + (failure.InnerException is null ? "" : " | " + Flatten(failure.InnerException));

    private sealed class SettingsFactory(string key, string value) : DepoApiFactory
    {
        protected override IDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { [key] = value };
    }
}
