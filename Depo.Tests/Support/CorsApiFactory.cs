namespace Depo.Tests.Support;

/// <summary>The app with one allowed cross-origin caller, <see cref="AllowedOrigin"/>.</summary>
public sealed class CorsApiFactory : DepoApiFactory
{
    public const string AllowedOrigin = "https://app.example.com";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Cors:AllowedOrigins:0"] = AllowedOrigin,
    };
}
