namespace Depo.Core.SystemAdmin.Modules;

/// <summary>A feature group that can be switched off (spec identity §1.2).</summary>
public sealed record ModuleManifest(
    string Name, string Version, string DisplayName, string Description, IReadOnlyList<string> ApiPrefixes,
    IReadOnlyList<MenuItem> MenuItems);

/// <summary>A side-menu entry; missing order sorts as 999.</summary>
public sealed record MenuItem(string Label, string Icon, string Path, int Order = 999);
