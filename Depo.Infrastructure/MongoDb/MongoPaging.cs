using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Driver;

namespace Depo.Infrastructure.MongoDb;

/// <summary>Runs a bounded query; <c>_id</c> ends every sort so that pages are exact and stable, as in LitePaging.</summary>
internal static class MongoPaging
{
    public static Task<List<BsonDocument>> FindAsync(
        IMongoCollection<BsonDocument> collection, Type documentType, Query query, CancellationToken cancellationToken)
    {
        if (query.Limit < 1 || query.Limit > Query.MaxLimit)
            throw new ArgumentOutOfRangeException(nameof(query), $"Query limit must be between 1 and {Query.MaxLimit}.");
        return collection.Find(MongoFilter.Of(query.Filter, documentType))
            .Sort(Sort(query.Sort))
            .Skip(query.Skip)
            .Limit(query.Limit)
            .ToListAsync(cancellationToken);
    }

    public static BsonDocument Sort(IEnumerable<SortBy> keys)
    {
        var sort = new BsonDocument();
        foreach (var key in keys.Append(SortBy.Asc("_id")).DistinctBy(k => k.Field))
            sort.Add(key.Field, key.Descending ? -1 : 1);
        return sort;
    }
}
