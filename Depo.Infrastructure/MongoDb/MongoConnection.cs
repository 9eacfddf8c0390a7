using Depo.Core.Storage;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>Builds the client and finds the database from <c>Storage:ConnectionString</c>.</summary>
internal static class MongoConnection
{
    public static (MongoClient Client, string DatabaseName) Open(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is MongoDb.");
        var url = MongoUrl.Create(options.ConnectionString);
        if (string.IsNullOrEmpty(url.DatabaseName))
        {
            throw new InvalidOperationException(
                "Storage:ConnectionString must name the database, as in mongodb://host:27017/depo.");
        }
        var settings = MongoClientSettings.FromUrl(url);
        // Certificate checks are switched off by Storage:AllowInvalidCertificates only, never by a
        // tlsInsecure left in a connection string.
        settings.AllowInsecureTls = options.AllowInvalidCertificates;
        return (new MongoClient(settings), url.DatabaseName);
    }
}
