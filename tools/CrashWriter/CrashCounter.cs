using Depo.Core.Storage;

namespace Depo.CrashWriter;

/// <summary>Counts the change sets committed: one increment in each.</summary>
public sealed class CrashCounter : StoredDocument
{
    public int Count { get; set; }
}
