using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>Recognises the server's answers the port gives a meaning to.</summary>
internal static class MongoErrors
{
    private const int DuplicateKey = 11000;

    public static bool IsDuplicateKey(MongoException failure) => failure switch
    {
        MongoWriteException write => write.WriteError?.Category == ServerErrorCategory.DuplicateKey,
        MongoCommandException command => command.Code == DuplicateKey,
        _ => false,
    };
}
