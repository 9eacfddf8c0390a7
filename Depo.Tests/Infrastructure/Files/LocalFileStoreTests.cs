using System.Security.Cryptography;
using System.Text;
using Depo.Infrastructure.Files;

namespace Depo.Tests.Infrastructure.Files;

/// <summary>The disk file store in a real temporary folder: content addressed by SHA-256, older dated paths still readable.</summary>
public sealed class LocalFileStoreTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "depo-files-tests", Guid.NewGuid().ToString("N"));
    private readonly LocalFileStore store;

    public LocalFileStoreTests() => store = new LocalFileStore(root);

    [Fact]
    public async Task Put_Content_IsStoredUnderItsHashAndReadBack()
    {
        var bytes = Encoding.UTF8.GetBytes("certificate of analysis");

        var stored = await store.PutAsync(new MemoryStream(bytes), default);

        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal((expected, expected, (long)bytes.Length), (stored.Hash, stored.Location, stored.Size));
        Assert.True(File.Exists(Path.Combine(root, expected[..2], expected)));
        Assert.Equal(bytes, await ReadAsync(stored.Location));
        Assert.True(await store.ExistsAsync(stored.Location, default));
    }

    [Fact]
    public async Task Put_SameContentTwice_KeepsOneFileAndNoTemporaryLeftovers()
    {
        var bytes = RandomNumberGenerator.GetBytes(200_000);

        var first = await store.PutAsync(new MemoryStream(bytes), default);
        var second = await store.PutAsync(new NonSeekableStream(bytes), default);

        Assert.Equal(first, second);
        Assert.Single(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Put_InParallel_AllWritersGetTheSameFile()
    {
        var bytes = RandomNumberGenerator.GetBytes(50_000);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.PutAsync(new MemoryStream(bytes), default))));

        Assert.Single(results.Distinct());
        Assert.Equal(bytes, await ReadAsync(results[0].Location));
    }

    [Fact]
    public async Task Open_OlderDatedPath_ResolvesUnderTheRoot()
    {
        var bytes = Encoding.UTF8.GetBytes("older upload");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Directory.CreateDirectory(Path.Combine(root, "2025", "12", "11"));
        await File.WriteAllBytesAsync(Path.Combine(root, "2025", "12", "11", hash), bytes);
        var location = $"media/files/2025/12/11/{hash}";

        Assert.Equal(bytes, await ReadAsync(location));
        Assert.True(await store.ExistsAsync(location, default));
        await store.DeleteAsync(location, default);
        Assert.False(await store.ExistsAsync(location, default));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("media/files/2025/12/11/../../../../secret")]
    [InlineData("")]
    [InlineData("abc")]
    public async Task Open_LocationOutsideTheStore_IsNotFound(string location)
    {
        Assert.Null(await store.OpenAsync(location, default));
        Assert.False(await store.ExistsAsync(location, default));
        await store.DeleteAsync(location, default);
    }

    [Fact]
    public async Task Delete_StoredContent_RemovesIt()
    {
        var stored = await store.PutAsync(new MemoryStream([1, 2, 3]), default);

        await store.DeleteAsync(stored.Location, default);

        Assert.Null(await store.OpenAsync(stored.Location, default));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
            Directory.Delete(root, recursive: true);
    }

    private async Task<byte[]> ReadAsync(string location)
    {
        await using var content = await store.OpenAsync(location, default);
        Assert.NotNull(content);
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
