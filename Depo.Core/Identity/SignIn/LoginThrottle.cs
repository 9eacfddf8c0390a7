using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Depo.Core.Identity.SignIn;

/// <summary>Counts sign-in attempts per username and per client address over the last minute.</summary>
public sealed class LoginThrottle(TimeProvider clock, IOptions<AuthOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Anyone can try any username, so keys whose attempts have all expired are swept away now and then.
    private const int SweepEvery = 1024;
    private readonly ConcurrentDictionary<string, Queue<DateTime>> attempts = new(StringComparer.Ordinal);
    private int recorded;

    /// <summary>How many usernames and addresses are being counted (for tests).</summary>
    internal int TrackedKeys => attempts.Count;

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
        while (true)
        {
            var times = attempts.GetOrAdd(key, _ => new Queue<DateTime>());
            lock (times)
            {
                // A sweep may have removed this queue after GetOrAdd; count in the one the dictionary holds.
                if (!attempts.TryGetValue(key, out var current) || !ReferenceEquals(current, times))
                    continue;
                Expire(times, now);
                if (times.Count >= options.Value.LoginAttemptsPerMinute)
                    return false;
                times.Enqueue(now);
            }
            if (Interlocked.Increment(ref recorded) % SweepEvery == 0)
                Sweep(now);
            return true;
        }
    }

    private void Sweep(DateTime now)
    {
        foreach (var (key, times) in attempts)
        {
            lock (times)
            {
                Expire(times, now);
                if (times.Count == 0)
                    attempts.TryRemove(KeyValuePair.Create(key, times));
            }
        }
    }

    private static void Expire(Queue<DateTime> times, DateTime now)
    {
        while (times.Count > 0 && now - times.Peek() >= Window)
            times.Dequeue();
    }
}
