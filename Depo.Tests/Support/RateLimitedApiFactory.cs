using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Support;

/// <summary>Three sign-in attempts a minute, a fake clock, and client addresses chosen by the test.</summary>
public sealed class RateLimitedApiFactory : DepoApiFactory
{
    public const int AttemptsPerMinute = 3;

    protected override bool UsesFakeClock => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:LoginAttemptsPerMinute"] = AttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ClientAddressStartupFilter>();
}
