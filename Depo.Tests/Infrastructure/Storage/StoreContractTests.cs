using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>The behaviour every storage adapter must have; one subclass per adapter.</summary>
public abstract class StoreContractTests
{
    protected StoreContractTests() => ContractDocument.EnsureRegistered();

    protected abstract IDocumentStore Store { get; }

    private static ContractDocument Make(string code, string? name = null, int quantity = 0) => new()
    {
        Code = code,
        Name = name,
        Quantity = quantity,
        CreatedAt = new DateTime(2026, 1, 2, 3, 4, 5, 678, DateTimeKind.Utc),
    };

    [Fact]
    public async Task Insert_ThenGet_RoundTripsFieldsAndId()
    {
        var document = Make("A-1", "Paracetamol", 5);
        document.Amount = 12.345m;
        await Store.InsertAsync(document, CancellationToken.None);

        var read = await Store.GetAsync<ContractDocument>(document.Id, CancellationToken.None);

        Assert.NotNull(read);
        Assert.True(DocumentId.IsValid(read.Id));
        Assert.Equal("Paracetamol", read.Name);
        Assert.Equal(12.345m, read.Amount);
        Assert.Equal(document.CreatedAt, read.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, read.CreatedAt.Kind);
    }

    [Fact]
    public async Task Replace_WithStaleVersion_IsConflict()
    {
        var document = Make("A-2");
        await Store.InsertAsync(document, CancellationToken.None);
        var first = (await Store.GetAsync<ContractDocument>(document.Id, CancellationToken.None))!;
        var second = (await Store.GetAsync<ContractDocument>(document.Id, CancellationToken.None))!;

        first.Quantity = 1;
        await Store.ReplaceAsync(first, CancellationToken.None);
        second.Quantity = 2;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.ReplaceAsync(second, CancellationToken.None));
        var stored = await Store.GetAsync<ContractDocument>(document.Id, CancellationToken.None);
        Assert.Equal(1, stored!.Quantity);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task Text_IsCaseInsensitiveLiteralSubstring()
    {
        var prefix = Guid.NewGuid().ToString("N")[..8];
        await Store.InsertAsync(Make(prefix + "-1", "Acid (ascorbic) 50.0%"), CancellationToken.None);
        await Store.InsertAsync(Make(prefix + "-2", "acid ascorbic"), CancellationToken.None);
        await Store.InsertAsync(Make(prefix + "-3"), CancellationToken.None);

        var mine = Filter.Text(prefix, "code");
        var literal = await Store.FindAsync<ContractDocument>(
            Query.Where(mine & Filter.Text("(ASCORBIC) 50.0", "name", "code"), 10), CancellationToken.None);
        var both = await Store.CountAsync<ContractDocument>(mine & Filter.Text("ACID", "name"), CancellationToken.None);

        Assert.Single(literal);
        Assert.Equal(2, both);
    }
}

public sealed class LiteDbStoreContractTests : StoreContractTests, IDisposable
{
    private readonly Support.TempLiteDb database = new();

    protected override IDocumentStore Store => database.Store;

    public void Dispose() => database.Dispose();
}
