using Depo.Core.Procurement.Orders;

namespace Depo.Tests.Core.Procurement.Orders;

/// <summary>Reference text (spec procurement §5.2): at least four digits, numbers read only from <c>PO-n</c>.</summary>
public sealed class PurchaseOrderReferencesTests
{
    [Theory]
    [InlineData(7, "PO-0007")]
    [InlineData(12345, "PO-12345")]
    public void Format_PadsToFourDigits(long number, string expected) => Assert.Equal(expected, PurchaseOrderReferences.Format(number));

    [Theory]
    [InlineData("PO-0042", 42L)]
    [InlineData("PO-10000", 10000L)]
    [InlineData("PO-12A", null)]
    [InlineData("po-12", null)]
    [InlineData(" PO-12", null)]
    [InlineData("PO-", null)]
    public void NumberOf_ReadsOnlyNumericSuffixes(string reference, long? expected) =>
        Assert.Equal(expected, PurchaseOrderReferences.NumberOf(reference));
}
