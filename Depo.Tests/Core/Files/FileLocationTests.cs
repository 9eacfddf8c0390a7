using Depo.Core.Files;

namespace Depo.Tests.Core.Files;

/// <summary>The <c>file_path</c> forms the stores accept (spec procurement §5.1.5).</summary>
public sealed class FileLocationTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    [Fact]
    public void Parse_Hash_IsContentAddressed() =>
        Assert.Equal(new FileLocation(Hash, null), FileLocation.Parse(Hash.ToUpperInvariant()));

    [Theory]
    [InlineData("media/files/2025/12/11/" + Hash)]
    [InlineData("/media/files/2025/12/11/" + Hash)]
    [InlineData("media\\files\\2025\\12\\11\\" + Hash)]
    public void Parse_OlderDatedPath_KeepsTheDateFolders(string path) =>
        Assert.Equal(new FileLocation(Hash, "2025/12/11/" + Hash), FileLocation.Parse(path));

    [Theory]
    [InlineData("media/files/2025/12/11/../" + Hash)]
    [InlineData("/etc/passwd")]
    [InlineData(null)]
    public void Parse_AnythingElse_IsNull(string? path) => Assert.Null(FileLocation.Parse(path));
}
