using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The counter's first use (spec procurement §5.2): it starts from the largest numeric <c>PO-n</c>.</summary>
public sealed class OrderNumberingFirstUseApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Trap_7_21_ReferenceNumbersFromTheLargestReference_CountNumericallyNotAsText()
    {
        foreach (var reference in new[] { "PO-9999", "PO-10000", "PO-0042", "PO-12A", "X-99999", "PO-" })
            await app.Store.InsertAsync(new PurchaseOrder { Id = DocumentId.New(), Reference = reference }, default);
        var client = await app.SignedInClientAsync();
        var supplier = await OrderSeeds.SupplierAsync(app.Store);

        var first = await OrderSeeds.OrderAsync(client, supplier);
        var second = await OrderSeeds.OrderAsync(client, supplier);

        Assert.Equal("PO-10001", first.GetProperty("reference").GetString());
        Assert.Equal("PO-10002", second.GetProperty("reference").GetString());
    }
}
