using Depo.Core.Inventory;
using Depo.Core.Inventory.Stock;
using Depo.Tests.Support.Inventory;

namespace Depo.Tests.Core.Inventory.Stock;

public sealed class QualityStatusRulesTests
{
    private static readonly WellKnownStockStates States = WellKnownStockStates.Default;

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "2026-01-20")]
    [InlineData("  ", "2026-01-20")]
    [InlineData("BA-9", null)]
    [InlineData("BA-9", "")]
    [InlineData("BA-9", "2026-02-30")]
    [InlineData("BA-9", "20/01/2026")]
    public void ReleaseLacksBulletin_ReleaseWithoutNumberOrValidDate_IsTrue(string? number, string? date)
    {
        Assert.True(QualityStatusRules.ReleaseLacksBulletin(States.Ok, number, date, States, new InventoryOptions()));
    }

    [Theory]
    [InlineData("2026-01-20")]
    [InlineData("2026-01-20T00:00:00.000Z")]
    public void ReleaseLacksBulletin_ReleaseWithNumberAndDate_IsFalse(string date)
    {
        Assert.False(QualityStatusRules.ReleaseLacksBulletin(States.Ok, "BA-9", date, States, new InventoryOptions()));
    }

    [Fact]
    public void ReleaseLacksBulletin_SettingOff_IsFalse()
    {
        var options = new InventoryOptions { QcReleaseRequiresBa = false };

        Assert.False(QualityStatusRules.ReleaseLacksBulletin(States.Ok, null, null, States, options));
    }

    [Theory]
    [InlineData("694322758728e4d75ae7278f")]
    [InlineData("694322878728e4d75ae72790")]
    [InlineData(StockStates.Damaged)]
    public void ReleaseLacksBulletin_TargetIsNotOk_IsFalse(string target)
    {
        Assert.False(QualityStatusRules.ReleaseLacksBulletin(target, null, null, States, new InventoryOptions()));
    }
}
