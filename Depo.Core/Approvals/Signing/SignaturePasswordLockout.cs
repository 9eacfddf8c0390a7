using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// Counts wrong passwords given when signing, per user, over a sliding window (21 CFR Part 11 §11.300(d): attempts
/// at unauthorised use are stopped and reported). Only failures count, so a signer approving many records in a row
/// is never slowed down; a correct password clears the count. Kept in memory: Depo runs as one server process.
/// </summary>
public sealed class SignaturePasswordLockout(TimeProvider clock, IOptions<ApprovalsOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTime>> failures = new(StringComparer.Ordinal);

    private TimeSpan Window => TimeSpan.FromMinutes(options.Value.SignatureLockoutMinutes);

    public bool IsLocked(string userId)
    {
        if (!failures.TryGetValue(userId, out var times))
            return false;
        lock (times)
        {
            Expire(times);
            return times.Count >= options.Value.FailedSignaturePasswordsBeforeLockout;
        }
    }

    public void RecordFailure(string userId)
    {
        var times = failures.GetOrAdd(userId, _ => new Queue<DateTime>());
        lock (times)
        {
            Expire(times);
            times.Enqueue(clock.GetUtcNow().UtcDateTime);
        }
    }

    public void Clear(string userId) => failures.TryRemove(userId, out _);

    private void Expire(Queue<DateTime> times)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        while (times.Count > 0 && now - times.Peek() >= Window)
            times.Dequeue();
    }
}
