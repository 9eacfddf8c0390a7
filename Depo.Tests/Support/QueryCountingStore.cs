using System.Reflection;
using Depo.Core.Storage;

namespace Depo.Tests.Support;

/// <summary>The real store, counting the reads that reach it: proves a page costs a fixed number of queries.</summary>
public class QueryCountingStore : DispatchProxy
{
    private int finds;
    private int counts;

    public IDocumentStore Inner { get; private set; } = null!;

    /// <summary>Finds, gets and find-ones (documents read).</summary>
    public int Finds => finds;

    /// <summary>Counts and distincts.</summary>
    public int Counts => counts;

    public static IDocumentStore Wrap(IDocumentStore inner, out QueryCountingStore counter)
    {
        var store = DispatchProxy.Create<IDocumentStore, QueryCountingStore>();
        counter = (QueryCountingStore)store;
        counter.Inner = inner;
        return store;
    }

    public void Reset()
    {
        Interlocked.Exchange(ref finds, 0);
        Interlocked.Exchange(ref counts, 0);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        switch (targetMethod!.Name)
        {
            case nameof(IDocumentStore.FindAsync) or nameof(IDocumentStore.GetAsync) or nameof(IDocumentStore.FindOneAsync):
                Interlocked.Increment(ref finds);
                break;
            case nameof(IDocumentStore.CountAsync) or nameof(IDocumentStore.DistinctAsync):
                Interlocked.Increment(ref counts);
                break;
            case nameof(IDocumentStore.FindPageAsync):
                // A page and its total: one find and one count, however the adapter runs them.
                Interlocked.Increment(ref finds);
                Interlocked.Increment(ref counts);
                break;
        }
        return targetMethod.Invoke(Inner, args);
    }
}
