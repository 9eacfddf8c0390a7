namespace Depo.Core.Inventory.Locations;

/// <summary>A location with its parent's name when <c>parent_id</c> resolves (spec inventory §3.3).</summary>
public sealed record LocationView(Location Location, string? ParentName);
