using Depo.Core.Storage;
using Lite = LiteDB;

namespace Depo.Infrastructure.LiteDb;

public sealed partial class LiteDbStore
{
    public async Task<long> NextSequenceAsync(string name, CancellationToken cancellationToken)
    {
        long next = 0;
        await WriteAsync(() => next = SetSequence(name, current => current + 1), cancellationToken);
        return next;
    }

    public Task RaiseSequenceAsync(string name, long value, CancellationToken cancellationToken) =>
        WriteAsync(() => SetSequence(name, current => Math.Max(current, value)), cancellationToken);

    // Runs inside the write gate, so read-and-write is atomic; the id is the sequence name, a string.
    private long SetSequence(string name, Func<long, long> change)
    {
        var counters = database.GetCollection(Sequences.Collection);
        var stored = counters.FindById(name);
        var current = stored is null ? 0 : Convert.ToInt64(stored[Sequences.ValueField].RawValue, System.Globalization.CultureInfo.InvariantCulture);
        var next = change(current);
        if (stored is null)
            counters.Insert(new Lite.BsonDocument { ["_id"] = name, [Sequences.ValueField] = next });
        else if (next != current)
            counters.Update(new Lite.BsonDocument { ["_id"] = name, [Sequences.ValueField] = next });
        return next;
    }
}
