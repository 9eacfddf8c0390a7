using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Infrastructure.Storage;

public abstract partial class StoreContractTests
{
    [StoreFact]
    public async Task Replace_IncrementsVersion_InStoreAndDocument_KeepingUnknownFields()
    {
        var document = await InsertAsync("V-1", d => d.ExtraElements = new BsonDocument("legacy_note", "kept"));
        var read = await ReadAsync(document.Id);

        read.Quantity = 4;
        await Store.ReplaceAsync(read, None);
        await Store.ReplaceAsync(read, None);

        var stored = await GetAsync(document.Id);
        Assert.Equal((2, 2, 4), (read.Version, stored?.Version, stored?.Quantity));
        Assert.Equal("kept", stored?.ExtraElements?["legacy_note"].AsString);
    }

    [StoreFact]
    public async Task Replace_WithStaleVersion_IsConflict()
    {
        var document = await InsertAsync("V-2");
        var first = await ReadAsync(document.Id);
        var second = await ReadAsync(document.Id);

        first.Quantity = 1;
        await Store.ReplaceAsync(first, None);
        second.Quantity = 2;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.ReplaceAsync(second, None));
        var stored = await GetAsync(document.Id);
        Assert.Equal((1, 1), (stored?.Quantity, stored?.Version));
        Assert.Equal(0, second.Version);
    }

    [StoreFact]
    public async Task Replace_UnknownOrMalformedId_IsConflict()
    {
        foreach (var id in new[] { DocumentId.New(), "", "not-an-id" })
        {
            var ghost = Make("V-3");
            ghost.Id = id;
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.ReplaceAsync(ghost, None));
        }
        Assert.Equal(0, await Store.CountAsync<ContractDocument>(Filter.All, None));
    }

    [StoreFact]
    public async Task Replace_StoredWithoutVersion_CountsAsVersionZero()
    {
        var code = "V-4";
        await Store.UpdateOneAsync<ContractDocument>(Filter.Eq("code", code), Update.Set("quantity", 1), upsert: true, None);
        var read = await Store.FindOneAsync<ContractDocument>(Filter.Eq("code", code), None);
        Assert.NotNull(read);
        Assert.Equal(0, await Store.CountAsync<ContractDocument>(Filter.HasValue("version"), None));

        await Store.ReplaceAsync(read, None);

        Assert.Equal(1, (await GetAsync(read.Id))?.Version);
    }
}
