using Microsoft.AspNetCore.Components.Routing;

namespace Depo.Web.Components.Layout;

/// <summary>
/// One side-menu entry. <paramref name="Module"/> names the switchable module it belongs to (null: always on);
/// <paramref name="Label"/> (and <paramref name="Group"/>, the heading consecutive entries share) are English text,
/// translated through SharedText.
/// </summary>
public sealed record SideMenuEntry(
    string Label, string Icon, string Href, string? Module = null, bool AdminOnly = false, NavLinkMatch Match = NavLinkMatch.Prefix,
    string? Group = null);
