namespace Depo.Core.Storage;

/// <summary>A module's indexes, ensured at start-up.</summary>
public interface IIndexSource
{
    IEnumerable<IndexDefinition> Indexes { get; }
}

public sealed record IndexSource(IEnumerable<IndexDefinition> Indexes) : IIndexSource;
