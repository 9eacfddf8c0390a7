using Depo.Core.Common.Errors;

namespace Depo.Core.Inventory;

/// <summary>A 400 about the request as a whole, with no field to name (spec inventory §3: "No fields to update", delete refusals).</summary>
public static class InventoryRefusal
{
    public static ValidationFailedException Of(string message) => new(message, new Dictionary<string, string[]>());
}
