using System.Security.Cryptography;
using Depo.Core.Files;
using MongoDB.Driver;
using MongoDB.Driver.GridFS;

namespace Depo.Infrastructure.Files;

/// <summary>
/// The file store in MongoDB GridFS, used when MongoDB is the storage provider: one GridFS file per content,
/// named by its SHA-256 hex, so it behaves as <see cref="LocalFileStore"/> does. Content of older
/// <c>media/files/…</c> locations not yet in GridFS is still read (and deleted) from the local folder.
/// </summary>
public sealed class GridFsFileStore(IGridFSBucket bucket, LocalFileStore legacy) : IFileStore
{
    public const string BucketName = "depo_files";

    public async Task<StoredFile> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        // The hash names the GridFS file, so it is computed before the upload, over a seekable copy if need be.
        await using var copy = content.CanSeek ? null : new MemoryStream();
        if (copy is not null)
            await content.CopyToAsync(copy, cancellationToken);
        var seekable = copy ?? content;
        seekable.Position = 0;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(seekable, cancellationToken));
        if (await FindAsync(hash, cancellationToken) is null)
        {
            seekable.Position = 0;
            await bucket.UploadFromStreamAsync(hash, seekable, cancellationToken: cancellationToken);
        }
        return new StoredFile(hash, hash, seekable.Length);
    }

    public async Task<Stream?> OpenAsync(string location, CancellationToken cancellationToken)
    {
        if (FileLocation.Parse(location) is not { } parsed)
            return null;
        return await FindAsync(parsed.Hash, cancellationToken) is { } file
            ? await bucket.OpenDownloadStreamAsync(file.Id, cancellationToken: cancellationToken)
            : await legacy.OpenAsync(location, cancellationToken);
    }

    public async Task<bool> ExistsAsync(string location, CancellationToken cancellationToken) =>
        FileLocation.Parse(location) is { } parsed
        && (await FindAsync(parsed.Hash, cancellationToken) is not null || await legacy.ExistsAsync(location, cancellationToken));

    public async Task DeleteAsync(string location, CancellationToken cancellationToken)
    {
        if (FileLocation.Parse(location) is not { } parsed)
            return;
        using var files = await bucket.FindAsync(NamedFilter(parsed.Hash), cancellationToken: cancellationToken);
        foreach (var file in await files.ToListAsync(cancellationToken))
            await bucket.DeleteAsync(file.Id, cancellationToken);
        await legacy.DeleteAsync(location, cancellationToken);
    }

    private async Task<GridFSFileInfo?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        using var files = await bucket.FindAsync(NamedFilter(hash), new GridFSFindOptions { Limit = 1 }, cancellationToken);
        return await files.FirstOrDefaultAsync(cancellationToken);
    }

    private static FilterDefinition<GridFSFileInfo> NamedFilter(string hash) =>
        Builders<GridFSFileInfo>.Filter.Eq(file => file.Filename, hash);
}
