using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task UpdateOne_SetsUnsetsIncrementsAndPushes_IncludingNestedFields()
    {
        var document = await InsertAsync("F-1", d => (d.Name, d.Quantity, d.Tags) = ("old", 5, ["a"]));

        var updated = await Store.UpdateOneAsync<ContractDocument>(
            Filter.IdIs(document.Id),
            Update.Set("details.color", "blue").AndIncrement("details.weight", 3).AndIncrement("quantity", -2)
                .AndUnset("name").AndPush("tags", "b").AndPush("variants", new BsonDocument("color", "red")),
            upsert: false, None);

        var stored = await GetAsync(document.Id);
        foreach (var read in new[] { updated, stored })
        {
            Assert.NotNull(read);
            Assert.Equal(("blue", 3, 3), (read.Details?.Color, read.Details?.Weight, read.Quantity));
            Assert.Null(read.Name);
            Assert.Equal(["a", "b"], read.Tags);
            Assert.Equal("red", Assert.Single(read.Variants).Color);
        }
    }

    [StoreFact]
    public async Task UpdateOne_GuardNotMatching_ReturnsNull_AndChangesNothing()
    {
        var document = await InsertAsync("F-2", d => d.Quantity = 0);

        var updated = await Store.UpdateOneAsync<ContractDocument>(
            Filter.IdIs(document.Id) & Filter.Gte("quantity", 1), Update.Increment("quantity", -1), upsert: false, None);

        Assert.Null(updated);
        Assert.Equal(0, (await GetAsync(document.Id))?.Quantity);
    }

    [StoreFact]
    public async Task UpdateOne_Upsert_CreatesFromEqualityParts_ThenUpdatesTheSameDocument()
    {
        var filter = Filter.Eq("code", "F-3") & Filter.Eq("details.color", "green") & Filter.Gt("rank", 4);

        var created = await Store.UpdateOneAsync<ContractDocument>(filter, Update.Increment("quantity", 2), upsert: true, None);
        await Store.UpdateOneAsync<ContractDocument>(Filter.Eq("code", "F-3"), Update.Set("rank", 5), upsert: true, None);
        var again = await Store.UpdateOneAsync<ContractDocument>(filter, Update.Increment("quantity", 2), upsert: true, None);

        Assert.NotNull(created);
        Assert.True(DocumentId.IsValid(created.Id));
        Assert.Equal(("F-3", "green", 2, (int?)null), (created.Code, created.Details?.Color, created.Quantity, created.Rank));
        Assert.Equal((created.Id, 4), (again?.Id, again?.Quantity));
        Assert.Equal(1, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task UpdateOne_WithoutOperations_IsRefused()
    {
        var document = await InsertAsync("F-4");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.UpdateOneAsync<ContractDocument>(
            Filter.IdIs(document.Id), new Update([]), upsert: false, None));
    }

    [StoreFact]
    public async Task UpdateMany_UpdatesEveryMatch_AndCountsThem()
    {
        for (var i = 0; i < 5; i++)
            await InsertAsync("G-" + i, d => d.Quantity = i);

        var count = await Store.UpdateManyAsync<ContractDocument>(Filter.Gte("quantity", 2), Update.Set("name", "many"), None);
        var none = await Store.UpdateManyAsync<ContractDocument>(Filter.Gte("quantity", 9), Update.Set("name", "none"), None);

        Assert.Equal((3, 0), (count, none));
        Assert.Equal(["G-2", "G-3", "G-4"], await CodesAsync(Filter.Eq("name", "many")));
    }

    [StoreFact]
    public async Task Delete_RemovesOnce_AndAnswersWhetherItDid()
    {
        var document = await InsertAsync("H-1");
        await InsertAsync("H-2");

        Assert.True(await Store.DeleteAsync<ContractDocument>(document.Id, None));
        Assert.False(await Store.DeleteAsync<ContractDocument>(document.Id, None));
        Assert.False(await Store.DeleteAsync<ContractDocument>("not-an-id", None));
        Assert.Null(await GetAsync(document.Id));
        Assert.Equal(["H-2"], await CodesAsync(Filter.All));
    }
}
