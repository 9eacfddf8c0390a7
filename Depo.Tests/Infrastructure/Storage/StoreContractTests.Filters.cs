using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    private async Task InsertRanksAsync()
    {
        // R-0 has no rank at all, R-n has rank n; R-x holds an explicit null (the store keeps it).
        await InsertAsync("R-0");
        for (var rank = 1; rank <= 5; rank++)
            await InsertAsync("R-" + rank, d => d.Rank = rank);
        var explicitNull = await InsertAsync("R-x");
        await Store.UpdateOneAsync<ContractDocument>(Filter.IdIs(explicitNull.Id), Update.Set("rank", null), false, None);
    }

    [StoreFact]
    public async Task Eq_AndNe_FollowMongoNullSemantics()
    {
        await InsertRanksAsync();

        Assert.Equal(["R-3"], await CodesAsync(Filter.Eq("rank", 3)));
        Assert.Equal(["R-0", "R-1", "R-2", "R-4", "R-5", "R-x"], await CodesAsync(Filter.Ne("rank", 3)));
        Assert.Equal(["R-0", "R-x"], await CodesAsync(Filter.IsNull("rank")));
        Assert.Equal(["R-1", "R-2", "R-3", "R-4", "R-5"], await CodesAsync(Filter.HasValue("rank")));
    }

    [StoreFact]
    public async Task Ranges_OnIntegers_NeverMatchMissingOrNull()
    {
        await InsertRanksAsync();

        Assert.Equal(["R-4", "R-5"], await CodesAsync(Filter.Gt("rank", 3)));
        Assert.Equal(["R-3", "R-4", "R-5"], await CodesAsync(Filter.Gte("rank", 3)));
        Assert.Equal(["R-1", "R-2"], await CodesAsync(Filter.Lt("rank", 3)));
        Assert.Equal(["R-1", "R-2", "R-3"], await CodesAsync(Filter.Lte("rank", 3L)));
        Assert.Equal(["R-2", "R-3"], await CodesAsync(Filter.Gt("rank", 1.5) & Filter.Lt("rank", 4m)));
    }

    [StoreFact]
    public async Task Ranges_OnDates_CompareInstants()
    {
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await InsertAsync("T-none");
        for (var day = 0; day < 4; day++)
            await InsertAsync("T-" + day, d => d.DueAt = start.AddDays(day));

        Assert.Equal(["T-2", "T-3"], await CodesAsync(Filter.Gt("due_at", start.AddDays(1))));
        Assert.Equal(["T-1", "T-2", "T-3"], await CodesAsync(Filter.Gte("due_at", new DateTimeOffset(start.AddDays(1)))));
        Assert.Equal(["T-0"], await CodesAsync(Filter.Lt("due_at", start.AddHours(1))));
        Assert.Equal(["T-0", "T-1"], await CodesAsync(Filter.Lte("due_at", start.AddDays(1))));
        Assert.Equal(["T-0", "T-1", "T-2", "T-3", "T-none"], await CodesAsync(Filter.Lt("created_at", Created.AddMilliseconds(1))));
    }

    [StoreFact]
    public async Task In_MatchesAnyValue_NullMatchingMissing()
    {
        await InsertRanksAsync();

        Assert.Equal(["R-1", "R-4"], await CodesAsync(Filter.In("rank", [1, 4, 9])));
        Assert.Equal(["R-0", "R-2", "R-x"], await CodesAsync(Filter.In("rank", [2, null])));
        Assert.Empty(await CodesAsync(Filter.In("rank", [])));
    }

    [StoreFact]
    public async Task AnyElement_MatchesArrayElements_OrTheirFields()
    {
        await InsertAsync("E-1", d => d.Tags = ["red", "cold"]);
        await InsertAsync("E-2", d => d.Tags = ["blue"]);
        await InsertAsync("E-3", d => d.Variants = [new() { Color = "red" }, new() { Color = "green", Weight = 2 }]);
        await InsertAsync("E-4", d => d.Details = new() { Color = "red" });

        Assert.Equal(["E-1"], await CodesAsync(Filter.AnyElement("tags", null, "red")));
        Assert.Empty(await CodesAsync(Filter.AnyElement("tags", null, "re")));
        Assert.Equal(["E-3"], await CodesAsync(Filter.AnyElement("variants", "color", "green")));
        Assert.Equal(["E-3"], await CodesAsync(Filter.AnyElement("variants", "weight", 2)));
        Assert.Equal(["E-4"], await CodesAsync(Filter.Eq("details.color", "red")));
    }

    [StoreFact]
    public async Task AnyElement_DottedArrayPath_ReachesArraysNestedInArrays()
    {
        BsonDocument Line(string part) => new("part", part);
        BsonDocument Group(params BsonDocument[] lines) => new("items", new BsonArray(lines));
        await InsertAsync("N-1", d => d.ExtraElements = new BsonDocument("items", new BsonArray { Line("a"), Group(Line("b"), Line("c")) }));
        await InsertAsync("N-2", d => d.ExtraElements = new BsonDocument("items", new BsonArray { Line("c") }));

        Assert.Equal(["N-1"], await CodesAsync(Filter.AnyElement("items.items", "part", "c")));
        Assert.Empty(await CodesAsync(Filter.AnyElement("items.items", "part", "a")));
        Assert.Equal(["N-1", "N-2"], await CodesAsync(Filter.AnyElement("items", "part", "c") | Filter.AnyElement("items.items", "part", "c")));
    }

    [StoreFact]
    public async Task RefersTo_MatchesObjectIdAndStringForms()
    {
        var owner = DocumentId.New();
        await InsertAsync("O-1", d => d.ExtraElements = new BsonDocument("owner_id", ObjectId.Parse(owner)));
        await InsertAsync("O-2", d => d.ExtraElements = new BsonDocument("owner_id", owner));
        await InsertAsync("O-3", d => d.ExtraElements = new BsonDocument("owner_id", DocumentId.New()));
        await InsertAsync("O-4");

        Assert.Equal(["O-1", "O-2"], await CodesAsync(Filter.RefersTo("owner_id", owner)));
    }

    [StoreFact]
    public async Task Text_IsCaseInsensitiveLiteralSubstring()
    {
        await InsertAsync("X-1", d => d.Name = "Acid (ascorbic) 50.0%");
        await InsertAsync("X-2", d => d.Name = "acid ascorbic");
        await InsertAsync("X-3", d => d.Name = "a.*+?()[]{}|^$\\b");
        await InsertAsync("X-4", d => d.Name = "aXXb");
        await InsertAsync("X-5", d => d.Quantity = 7);
        await InsertAsync("x-acid", d => d.Quantity = 8);

        Assert.Equal(["X-1"], await CodesAsync(Filter.Text("(ASCORBIC) 50.0", "name", "code")));
        Assert.Equal(["X-1", "X-2", "x-acid"], await CodesAsync(Filter.Text("ACID", "name", "code")));
        Assert.Equal(["X-3"], await CodesAsync(Filter.Text(".*+?()[]{}|^$\\", "name")));
        Assert.Equal(["X-3"], await CodesAsync(Filter.Text("A.*", "name")));
        Assert.Empty(await CodesAsync(Filter.Text("a.b", "name")));
        Assert.Empty(await CodesAsync(Filter.Text("7", "quantity")));
        Assert.Empty(await CodesAsync(Filter.Text("acid")));
    }

    [StoreFact]
    public async Task AndOr_Nest()
    {
        await InsertRanksAsync();

        var nested = Filter.Or(
            Filter.And(Filter.Gte("rank", 2), Filter.Lte("rank", 3)),
            Filter.And(Filter.Eq("code", "R-5"), Filter.Or(Filter.Eq("rank", 5), Filter.Eq("rank", 6))),
            Filter.IsNull("rank") & Filter.Ne("code", "R-x"));

        Assert.Equal(["R-0", "R-2", "R-3", "R-5"], await CodesAsync(nested));
        Assert.Equal(7, (await CodesAsync(Filter.All)).Length);
        Assert.Empty(await CodesAsync(Filter.Or()));
        Assert.Equal(7, (await CodesAsync(Filter.And())).Length);
    }
}
