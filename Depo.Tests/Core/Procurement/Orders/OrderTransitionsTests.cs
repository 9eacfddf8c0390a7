using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Orders;

namespace Depo.Tests.Core.Procurement.Orders;

/// <summary>The transition table of spec procurement §5.3, as the state route may use it.</summary>
public sealed class OrderTransitionsTests
{
    [Theory]
    [InlineData("Pending", "Processing", OrderTransition.ApproveWithoutFlow)]
    [InlineData("Processing", "Issued", OrderTransition.Issue)]
    [InlineData("Pending", "Refused", OrderTransition.Refuse)]
    [InlineData("Pending", "Canceled", OrderTransition.Cancel)]
    [InlineData("Processing", "Canceled", OrderTransition.Cancel)]
    [InlineData("Issued", "Canceled", OrderTransition.Cancel)]
    [InlineData("Processing", "Finished", OrderTransition.Finish)]
    [InlineData("Issued", "Finished", OrderTransition.Finish)]
    public void Between_ATransitionOfTheTable_IsFound(string from, string to, OrderTransition expected) =>
        Assert.Equal(expected, OrderTransitions.Between(from, to));

    [Theory]
    [InlineData("Processing", "Pending")]
    [InlineData("Issued", "Processing")]
    [InlineData("Finished", "Canceled")]
    [InlineData("Refused", "Pending")]
    [InlineData("Canceled", "Pending")]
    [InlineData("Pending", "Issued")]
    [InlineData("Pending", "Finished")]
    public void Between_AnythingElse_Is409(string from, string to)
    {
        var failure = Assert.Throws<ConflictException>(() => OrderTransitions.Between(from, to));
        Assert.Equal($"Cannot change state from {from} to {to}", failure.Message);
    }

    [Fact]
    public void Between_TheSameState_Is409() =>
        Assert.Throws<ConflictException>(() => OrderTransitions.Between("Pending", "Pending"));
}
