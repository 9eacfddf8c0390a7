using Depo.Core.SystemAdmin.Modules;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace Depo.Web.Components.Layout;

/// <summary>
/// The side menu in the order of spec identity §8.1: Dashboard, Requests, Recipes, Build orders, Build simulation,
/// Inventory, Procurement, Sales, Returns, Withdrawals, Deliveries, Templates, Notifications, Users, Audit Log.
/// Only pages that exist are listed; a module's page is added at its place in that order, naming its module.
/// </summary>
public static class SideMenu
{
    public static IReadOnlyList<SideMenuEntry> Entries { get; } =
    [
        new("Dashboard", Icons.Material.Filled.Dashboard, "/", Match: NavLinkMatch.All),
        new("Users", Icons.Material.Filled.People, "/users", AdminOnly: true),
        new("Audit Log", Icons.Material.Filled.History, "/audit", AdminOnly: true),
    ];

    /// <summary>The entries of active modules that the user may open.</summary>
    public static IEnumerable<SideMenuEntry> VisibleTo(ModulesOptions modules, bool isAdmin) =>
        Entries.Where(e => (isAdmin || !e.AdminOnly) && IsActive(modules, e.Module));

    private static bool IsActive(ModulesOptions modules, string? module) =>
        module is null || (ModuleCatalog.Find(module) is { } manifest && modules.IsActive(manifest));
}
