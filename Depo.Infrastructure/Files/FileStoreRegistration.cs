using Depo.Core.Files;
using Depo.Core.Storage;
using Depo.Infrastructure.MongoDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MongoDB.Driver.GridFS;

namespace Depo.Infrastructure.Files;

/// <summary>Registers the file store that matches <c>Storage:Provider</c>: local disk for LiteDB, GridFS for MongoDB.</summary>
public static class FileStoreRegistration
{
    public static IServiceCollection AddDepoFileStore(this IServiceCollection services)
    {
        services.AddOptions<FileUploadOptions>().BindConfiguration(FileUploadOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FileUploadOptions>, FileUploadOptionsValidator>();
        services.AddSingleton(provider => new LocalFileStore(
            provider.GetRequiredService<IOptions<FileUploadOptions>>().Value
                .RootUnder(provider.GetRequiredService<IOptions<StorageOptions>>().Value.DataDir)));
        services.AddSingleton<IFileStore>(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var local = provider.GetRequiredService<LocalFileStore>();
            return storage.Provider == StorageProvider.MongoDb ? new GridFsFileStore(Bucket(storage), local) : local;
        });
        return services;
    }

    private static GridFSBucket Bucket(StorageOptions storage)
    {
        var (client, databaseName) = MongoConnection.Open(storage);
        return new GridFSBucket(client.GetDatabase(databaseName), new GridFSBucketOptions { BucketName = GridFsFileStore.BucketName });
    }
}
