namespace Depo.Core.Storage;

/// <summary>A document whose replaces are guarded by <c>version</c> (missing = 0).</summary>
public abstract class VersionedDocument : StoredDocument
{
    public int Version { get; set; }
}
