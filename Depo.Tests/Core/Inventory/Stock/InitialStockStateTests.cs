using Depo.Core.Common.Errors;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class InitialStockStateTests
{
    private static readonly WellKnownStockStates States = WellKnownStockStates.Default;

    [Fact]
    public void Choose_StateIdGiven_WinsOverEverything()
    {
        var state = InitialStockState.Choose(StockStates.Damaged, 10, regulated: true, transferable: true, StockStates.Seeded(), States);

        Assert.Equal(StockStates.Damaged, state.Id);
    }

    [Fact]
    public void Choose_UnknownStateId_IsRefused()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            InitialStockState.Choose("6943a0c18728e4d75ae728ff", null, false, false, StockStates.Seeded(), States));

        Assert.Equal("state_id: state not found", failure.Message);
        Assert.Contains("state_id", failure.Errors.Keys);
    }

    [Fact]
    public void Choose_StatusValueGiven_PicksStateWithThatValue()
    {
        var state = InitialStockState.Choose(null, 50, regulated: true, transferable: false, StockStates.Seeded(), States);

        Assert.Equal(StockStates.Damaged, state.Id);
    }

    [Fact]
    public void Choose_UnknownStatusValue_IsRefused()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            InitialStockState.Choose(null, 99, false, false, StockStates.Seeded(), States));

        Assert.Equal("Stock state with value 99 not found", failure.Message);
    }

    [Theory]
    [InlineData(true, false, "694321db8728e4d75ae72789")]
    [InlineData(true, true, "694321db8728e4d75ae72789")]
    [InlineData(false, true, "694322878728e4d75ae72790")]
    [InlineData(false, false, "694322758728e4d75ae7278f")]
    public void Choose_NothingGiven_RegulatedThenTransferableThenQuarantined(bool regulated, bool transferable, string expected)
    {
        var state = InitialStockState.Choose(null, null, regulated, transferable, StockStates.Seeded(), States);

        Assert.Equal(expected, state.Id);
    }

    [Theory]
    [InlineData(true, false, "OK")]
    [InlineData(false, true, "Quarantine (transactionable)")]
    [InlineData(false, false, "Quarantined")]
    public void Choose_WellKnownStateMissing_FallsBackToName(bool regulated, bool transferable, string expectedName)
    {
        var otherIds = new WellKnownStockStates("6943a0c18728e4d75ae728a1", "6943a0c18728e4d75ae728a2", "6943a0c18728e4d75ae728a3");

        var state = InitialStockState.Choose(null, null, regulated, transferable, StockStates.Seeded(), otherIds);

        Assert.Equal(expectedName, state.Name);
    }

    [Fact]
    public void Choose_NoSuitableState_IsRefused()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            InitialStockState.Choose(null, null, false, false, [new StockState { Id = StockStates.Damaged, Name = "Damaged", Value = 50 }], States));

        Assert.Equal("No suitable stock state found", failure.Message);
    }
}
