using Depo.Core.Files;
using Depo.Infrastructure.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Depo.Tests.Infrastructure.Files;

/// <summary>The file store follows the storage provider; the <c>FileUploads</c> settings are checked at start.</summary>
public sealed class FileStoreRegistrationTests
{
    [Fact]
    public void Resolve_LiteDbProvider_IsTheDiskStoreUnderTheDataDir()
    {
        using var provider = Provider(new() { ["Storage:DataDir"] = "/tmp/depo-data" });

        var store = Assert.IsType<LocalFileStore>(provider.GetRequiredService<IFileStore>());

        Assert.Equal(Path.GetFullPath("/tmp/depo-data/media/files"), store.Root);
    }

    [Fact]
    public void Resolve_MongoDbProvider_IsGridFsWithoutContactingTheServer()
    {
        using var provider = Provider(new()
        {
            ["Storage:Provider"] = "MongoDb",
            ["Storage:ConnectionString"] = "mongodb://127.0.0.1:1/depo",
            ["FileUploads:Path"] = "/srv/depo-files",
        });

        Assert.IsType<GridFsFileStore>(provider.GetRequiredService<IFileStore>());
        Assert.Equal("/srv/depo-files", provider.GetRequiredService<LocalFileStore>().Root);
    }

    [Theory]
    [InlineData("FileUploads:MaxSizeMb", "0", "FileUploads:MaxSizeMb")]
    [InlineData("FileUploads:AllowedExtensions:0", "exe", "FileUploads:AllowedExtensions")]
    [InlineData("FileUploads:Path", " ", "FileUploads:Path")]
    public void Options_WrongSetting_FailsNamingIt(string key, string value, string named)
    {
        using var provider = Provider(new() { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FileUploadOptions>>().Value);

        Assert.Contains(named, failure.Message);
    }

    [Fact]
    public void Options_ConfiguredExtensions_ReplaceTheDefaults()
    {
        using var provider = Provider(new() { ["FileUploads:AllowedExtensions:0"] = ".PDF", ["FileUploads:AllowedExtensions:1"] = "png" });

        Assert.Equal(["pdf", "png"], provider.GetRequiredService<IOptions<FileUploadOptions>>().Value.Extensions);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOptions<Depo.Core.Storage.StorageOptions>().BindConfiguration(Depo.Core.Storage.StorageOptions.Section);
        services.AddDepoFileStore();
        return services.BuildServiceProvider();
    }
}
