using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Depo.Core.Identity.SignIn;

/// <summary>Counts sign-in attempts per username and per client address over the last minute.</summary>
public sealed class LoginThrottle(TimeProvider clock, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Queue<DateTime>> attempts = new(StringComparer.Ordinal);

    /// <summary>Records an attempt; false when either key is over the limit.</summary>
    public bool TryAttempt(string username, string? ipAddress)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var byUser = Record("user:" + username.ToLowerInvariant(), now);
        var byAddress = ipAddress is null || Record("ip:" + ipAddress, now);
        return byUser && byAddress;
    }

    private bool Record(string key, DateTime now)
    {
        var times = attempts.GetOrAdd(key, _ => new Queue<DateTime>());
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= Window)
                times.Dequeue();
            if (times.Count >= options.Value.LoginAttemptsPerMinute)
                return false;
            times.Enqueue(now);
            return true;
        }
    }
}
