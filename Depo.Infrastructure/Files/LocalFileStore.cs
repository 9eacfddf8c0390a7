using System.Security.Cryptography;
using Depo.Core.Files;

namespace Depo.Infrastructure.Files;

/// <summary>
/// The file store on local disk under <c>FileUploads:Path</c>: content at <c>&lt;root&gt;/&lt;first two hex&gt;/&lt;hash&gt;</c>,
/// written to a temporary file and moved into place, so a reader never sees half a file. Older
/// <c>media/files/YYYY/MM/DD/&lt;hash&gt;</c> locations resolve under the same root.
/// </summary>
public sealed class LocalFileStore(string root) : IFileStore
{
    private const string TemporaryFolder = ".incoming";

    public string Root => root;

    public async Task<StoredFile> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var incoming = Path.Combine(root, TemporaryFolder);
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        try
        {
            var (hash, size) = await CopyHashingAsync(content, temporary, cancellationToken);
            var target = ContentPath(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target))
                MoveUnlessPresent(temporary, target);
            return new StoredFile(hash, hash, size);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenAsync(string location, CancellationToken cancellationToken)
    {
        var path = ExistingPath(location);
        Stream? stream = path is null ? null
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        return Task.FromResult(stream);
    }

    public Task<bool> ExistsAsync(string location, CancellationToken cancellationToken) =>
        Task.FromResult(ExistingPath(location) is not null);

    public Task DeleteAsync(string location, CancellationToken cancellationToken)
    {
        if (FileLocation.Parse(location) is { } parsed)
        {
            foreach (var path in Candidates(parsed).Where(File.Exists))
                File.Delete(path);
        }
        return Task.CompletedTask;
    }

    private string ContentPath(string hash) => Path.Combine(root, hash[..2], hash);

    private string? ExistingPath(string location) =>
        FileLocation.Parse(location) is { } parsed ? Candidates(parsed).FirstOrDefault(File.Exists) : null;

    // Content stored by Depo first, then the older dated folder of the same content.
    private IEnumerable<string> Candidates(FileLocation location)
    {
        yield return ContentPath(location.Hash);
        if (location.LegacyRelativePath is { } relative)
            yield return Path.Combine(root, relative);
    }

    private static async Task<(string Hash, long Size)> CopyHashingAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            size += read;
        }
        await output.FlushAsync(cancellationToken);
        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    // Two writers of the same content may race: the second finds the first's file, which holds the same bytes.
    private static void MoveUnlessPresent(string temporary, string target)
    {
        try
        {
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // the content is already in place
        }
    }
}
