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
        new("Articles", Icons.Material.Filled.Category, "/inventory/articles", "inventory", Group: "Inventory"),
        new("Stocks", Icons.Material.Filled.Inventory2, "/inventory/stocks", "inventory", Group: "Inventory"),
        new("Suppliers", Icons.Material.Filled.LocalShipping, "/inventory/suppliers", "inventory", Group: "Inventory"),
        new("Manufacturers", Icons.Material.Filled.Factory, "/inventory/manufacturers", "inventory", Group: "Inventory"),
        new("Clients", Icons.Material.Filled.Store, "/inventory/clients", "inventory", Group: "Inventory"),
        new("Locations", Icons.Material.Filled.Place, "/inventory/locations", "inventory", Group: "Inventory"),
        new("Categories", Icons.Material.Filled.AccountTree, "/inventory/categories", "inventory", Group: "Inventory"),
        new("Purchase orders", Icons.Material.Filled.ShoppingCart, "/procurement", "depo_procurement", Group: "Procurement"),
        new("Approval templates", Icons.Material.Filled.Approval, "/approvals/templates", "depo_procurement", AdminOnly: true, Group: "Procurement"),
        new("Users", Icons.Material.Filled.People, "/users", AdminOnly: true),
        new("Audit Log", Icons.Material.Filled.History, "/audit", AdminOnly: true),
    ];

    /// <summary>The entries of active modules that the user may open.</summary>
    public static IEnumerable<SideMenuEntry> VisibleTo(ModulesOptions modules, bool isAdmin) =>
        Entries.Where(e => (isAdmin || !e.AdminOnly) && IsActive(modules, e.Module));

    /// <summary>Consecutive entries under the same heading, in menu order (key null: no heading).</summary>
    public static IEnumerable<IGrouping<string?, SideMenuEntry>> Grouped(IEnumerable<SideMenuEntry> entries)
    {
        var run = new List<SideMenuEntry>();
        foreach (var entry in entries)
        {
            if (run.Count > 0 && run[0].Group != entry.Group)
            {
                yield return new Run(run[0].Group, run);
                run = [];
            }
            run.Add(entry);
        }
        if (run.Count > 0)
            yield return new Run(run[0].Group, run);
    }

    private static bool IsActive(ModulesOptions modules, string? module) =>
        module is null || (ModuleCatalog.Find(module) is { } manifest && modules.IsActive(manifest));

    private sealed class Run(string? key, List<SideMenuEntry> entries) : IGrouping<string?, SideMenuEntry>
    {
        public string? Key => key;

        public IEnumerator<SideMenuEntry> GetEnumerator() => entries.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
