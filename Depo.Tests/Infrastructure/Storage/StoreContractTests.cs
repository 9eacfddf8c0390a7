using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>
/// The behaviour every storage adapter must have; one subclass per adapter, each giving every test a
/// fresh, empty store. Split by topic into partial files.
/// </summary>
public abstract partial class StoreContractTests
{
    private static readonly DateTime Created = new(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc);

    protected StoreContractTests()
    {
        ContractDocument.EnsureRegistered();
        ContractEntry.EnsureRegistered();
    }

    protected abstract IDocumentStore Store { get; }

    private static CancellationToken None => CancellationToken.None;

    private static ContractDocument Make(string code, string? name = null, int quantity = 0) => new()
    {
        Code = code,
        Name = name,
        Quantity = quantity,
        CreatedAt = Created,
    };

    private async Task<ContractDocument> InsertAsync(string code, Action<ContractDocument>? shape = null)
    {
        var document = Make(code);
        shape?.Invoke(document);
        await Store.InsertAsync(document, None);
        return document;
    }

    private Task<ContractDocument?> GetAsync(string id) => Store.GetAsync<ContractDocument>(id, None);

    private async Task<ContractDocument> ReadAsync(string id)
    {
        var document = await GetAsync(id);
        Assert.NotNull(document);
        return document;
    }

    /// <summary>The codes of the matching documents, in code order.</summary>
    private async Task<string[]> CodesAsync(Filter filter)
    {
        var found = await Store.FindAsync<ContractDocument>(Query.Where(filter, 1000, SortBy.Asc("code")), None);
        return [.. found.Select(d => d.Code)];
    }

    [StoreFact]
    public async Task Insert_ThenGet_RoundTripsFieldsAndId()
    {
        var document = Make("A-1", "Paracetamol", 5);
        document.Amount = 12.345m;
        document.Details = new() { Color = "white", Weight = 3 };
        await Store.InsertAsync(document, None);

        var read = await GetAsync(document.Id);

        Assert.NotNull(read);
        Assert.True(DocumentId.IsValid(read.Id));
        Assert.Equal("Paracetamol", read.Name);
        Assert.Equal(12.345m, read.Amount);
        Assert.Equal("white", read.Details?.Color);
        Assert.Equal(document.CreatedAt, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
    }

    [StoreFact]
    public async Task Insert_WithId_KeepsIt_AndUnknownFieldsSurvive()
    {
        var id = DocumentId.New();
        await InsertAsync("A-2", d => (d.Id, d.ExtraElements) = (id, new BsonDocument("legacy_note", "kept")));

        var read = await GetAsync(id);

        Assert.Equal("kept", read?.ExtraElements?["legacy_note"].AsString);
    }

    [StoreFact]
    public async Task Insert_SameIdTwice_IsDuplicateKey()
    {
        var first = await InsertAsync("A-3");

        await Assert.ThrowsAsync<DuplicateKeyException>(() => InsertAsync("A-4", d => d.Id = first.Id));
        Assert.Equal(1, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task Get_UnknownOrMalformedId_IsNull()
    {
        await InsertAsync("A-5");

        foreach (var id in new[] { DocumentId.New(), "", "abc", "zzzzzzzzzzzzzzzzzzzzzzzz", DocumentId.New() + "0" })
            Assert.Null(await GetAsync(id));
    }

    [StoreFact]
    public async Task FindOne_ReturnsAMatch_OrNull()
    {
        await InsertAsync("B-1", d => d.Quantity = 1);
        await InsertAsync("B-2", d => d.Quantity = 2);

        var found = await Store.FindOneAsync<ContractDocument>(Filter.Eq("quantity", 2), None);
        var missing = await Store.FindOneAsync<ContractDocument>(Filter.Eq("quantity", 3), None);

        Assert.Equal("B-2", found?.Code);
        Assert.Null(missing);
    }

    [StoreFact]
    public async Task Count_CountsMatchesOrAll()
    {
        for (var i = 0; i < 5; i++)
            await InsertAsync("C-" + i, d => d.Quantity = i);

        Assert.Equal(5, await Store.CountAsync<ContractDocument>(Filter.All, None));
        Assert.Equal(2, await Store.CountAsync<ContractDocument>(Filter.Gte("quantity", 3), None));
        Assert.Equal(0, await Store.CountAsync<ContractDocument>(Filter.Eq("code", "nope"), None));
    }

    [StoreFact]
    public async Task Distinct_SortsValues_SkipsMissingAndNull_ThenLimits()
    {
        foreach (var name in new[] { "pear", "apple", null, "fig", "apple", null })
            await InsertAsync("D", d => d.Name = name);
        await Store.UpdateOneAsync<ContractDocument>(Filter.IsNull("name"), Update.Set("name", null), upsert: false, None);
        await InsertAsync("D-excluded", d => d.Name = "banana");

        var all = await Store.DistinctAsync<ContractDocument>("name", Filter.Eq("code", "D"), 10, None);
        var firstTwo = await Store.DistinctAsync<ContractDocument>("name", Filter.Eq("code", "D"), 2, None);

        Assert.Equal(["apple", "fig", "pear"], all.Select(v => v.AsString));
        Assert.Equal(["apple", "fig"], firstTwo.Select(v => v.AsString));
    }

    [StoreFact]
    public async Task Ping_Answers() => await Store.PingAsync(None);
}
