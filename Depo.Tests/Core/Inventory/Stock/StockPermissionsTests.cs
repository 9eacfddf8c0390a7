using Depo.Core.Common.Actors;
using Depo.Core.Inventory.Stock;
using Depo.Core.Storage;

namespace Depo.Tests.Core.Inventory.Stock;

/// <summary>Which callers the stock pages offer adding, moving and QC to (spec inventory §0.3, §9.1).</summary>
public sealed class StockPermissionsTests
{
    public static TheoryData<Actor, bool, bool> Callers => new()
    {
        { new Actor { UserId = DocumentId.New(), Username = "all" }, true, true },
        { new Actor { UserId = DocumentId.New(), Username = "admin", IsAdmin = true, Permissions = new HashSet<string>() }, true, true },
        { new Actor { UserId = DocumentId.New(), Username = "clerk", Permissions = new HashSet<string> { "inventory.stock" } }, true, false },
        { new Actor { UserId = DocumentId.New(), Username = "qc", Permissions = new HashSet<string> { "inventory.qc" } }, false, true },
        { new Actor { UserId = DocumentId.New(), Username = "none", Permissions = new HashSet<string> { "inventory.edit" } }, false, false },
        { new Actor { ApiTokenId = DocumentId.New(), Username = "api:x", ApiRights = new HashSet<string> { "inventory:read" } }, false, false },
        { Actor.Anonymous, false, false },
    };

    [Theory, MemberData(nameof(Callers))]
    public void MayAddAndMayChange_FollowTheRolePermissions(Actor actor, bool mayAdd, bool mayChangeQc) =>
        Assert.Equal((mayAdd, mayChangeQc), (StockService.MayAdd(actor), StockQualityService.MayChange(actor)));
}
