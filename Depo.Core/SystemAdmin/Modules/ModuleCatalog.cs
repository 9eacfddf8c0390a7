namespace Depo.Core.SystemAdmin.Modules;

/// <summary>Every switchable module Depo knows; <c>Modules:Active</c> names a subset (default: all).</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<ModuleManifest> All { get; } =
    [
        new("requests", "1.0.0", "Requests", "Internal stock requests between locations",
            ["/modules/requests/api"], [new("Requests", "requests", "/requests", 10)]),
        new("recipes", "1.0.0", "Recipes", "Bills of materials with alternatives and revisions",
            ["/api/recipes"], [new("Recipes", "recipes", "/recipes", 20)]),
        new("inventory", "1.0.0", "Inventory", "Articles, locations, companies and stock",
            ["/modules/inventory/api"], [new("Inventory", "inventory", "/inventory/articles", 40)]),
        new("depo_procurement", "1.0.0", "DEPO Procurement", "Purchase orders, approvals and receiving",
            ["/modules/depo_procurement/api"], [new("Procurement", "procurement", "/procurement", 50)]),
        new("sales", "1.0.0", "Sales", "Sales orders read from InvenTree",
            ["/api/sales"], [new("Sales", "sales", "/sales", 60)]),
        new("documents", "1.0.0", "Documents", "Templates and generated PDF documents",
            ["/api/documents", "/api/templates"], [new("Templates", "templates", "/templates", 80)]),
        new("forms", "1.0.0", "Forms", "Form builder and public submissions",
            ["/api/forms", "/api/data"], [new("Forms", "forms", "/forms", 85)]),
        new("crm", "1.0.0", "CRM", "Subscribers, segments and e-mail campaigns",
            ["/api/crm"], [new("CRM", "crm", "/crm", 90)]),
    ];

    public static ModuleManifest? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
