using Depo.Core.Storage;
using Depo.Infrastructure.MongoDb;

namespace Depo.Tests.Infrastructure.MongoDb;

public sealed class MongoConnectionTests
{
    private static StorageOptions Options(string? connectionString, bool allowInvalidCertificates = false) => new()
    {
        Provider = StorageProvider.MongoDb,
        ConnectionString = connectionString,
        AllowInvalidCertificates = allowInvalidCertificates,
    };

    [Theory]
    [InlineData(null)]
    [InlineData("mongodb://localhost:27017")]
    [InlineData("mongodb://localhost:27017/")]
    public void Open_WithoutDatabaseName_NamesTheSetting(string? connectionString)
    {
        var failure = Assert.Throws<InvalidOperationException>(() => MongoConnection.Open(Options(connectionString)));

        Assert.Contains("Storage:ConnectionString", failure.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_ChecksCertificates_UnlessTheSettingAllowsInvalidOnes(bool allowInvalidCertificates)
    {
        var options = Options("mongodb://localhost:27017/depo?tls=true&tlsInsecure=true", allowInvalidCertificates);

        var (client, databaseName) = MongoConnection.Open(options);
        using (client)
        {
            Assert.Equal("depo", databaseName);
            Assert.Equal(allowInvalidCertificates, client.Settings.AllowInsecureTls);
        }
    }
}
