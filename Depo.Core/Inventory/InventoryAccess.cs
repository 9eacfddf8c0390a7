using Depo.Core.Common.Actors;

namespace Depo.Core.Inventory;

/// <summary>The inventory permissions and API right (spec inventory §0.3).</summary>
public static class InventoryAccess
{
    public const string Edit = "inventory.edit";
    public const string ReadRight = "inventory:read";

    /// <summary>GET routes of spec inventory §3: any signed-in user, or an API token with <c>inventory:read</c>.</summary>
    public static void DemandRead(Actor actor)
    {
        if (actor.IsApiToken)
            actor.Demand(Edit, ReadRight);
        else
            actor.DemandSignedIn();
    }

    /// <summary>Writes: the <c>inventory.edit</c> permission; API tokens never write.</summary>
    public static void DemandEdit(Actor actor) => actor.Demand(Edit);
}
