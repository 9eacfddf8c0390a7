namespace Depo.Core.SystemAdmin.Modules;

/// <summary><c>Modules:Active</c>: the module names switched on; empty or absent means every module.</summary>
public sealed class ModulesOptions
{
    public const string Section = "Modules";

    public List<string> Active { get; set; } = [];

    public IReadOnlyList<string> UnknownNames => [.. Active.Where(n => ModuleCatalog.Find(n) is null)];

    public bool IsActive(ModuleManifest module) =>
        Active.Count == 0 || Active.Any(n => string.Equals(n, module.Name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ModuleManifest> ActiveModules => ModuleCatalog.All.Where(IsActive);

    /// <summary>The menu of active modules, by order.</summary>
    public IEnumerable<MenuItem> Menu => ActiveModules.SelectMany(m => m.MenuItems).OrderBy(i => i.Order);

    /// <summary>True when <paramref name="path"/> belongs to a module that is switched off.</summary>
    public bool IsInactivePath(string path) => ModuleCatalog.All.Where(m => !IsActive(m))
        .SelectMany(m => m.ApiPrefixes)
        .Any(prefix => path.Equals(prefix, StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase));
}
