namespace Depo.Core.Files;

/// <summary>
/// The content-addressed file store: content is kept once per SHA-256 hash, outside any publicly served folder.
/// A location is what documents store as <c>file_path</c>: the hash for content Depo stored, or an older
/// <c>media/files/YYYY/MM/DD/&lt;hash&gt;</c> path (see <see cref="FileLocation"/>).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content (once per hash; storing the same content again changes nothing).</summary>
    Task<StoredFile> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>The content at <paramref name="location"/>, or null when it is missing.</summary>
    Task<Stream?> OpenAsync(string location, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string location, CancellationToken cancellationToken);

    /// <summary>Removes the content at <paramref name="location"/>; missing content is not an error.</summary>
    Task DeleteAsync(string location, CancellationToken cancellationToken);
}
