using Depo.Core.Inventory.Companies;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The words and addresses of each company family's pages (spec inventory §9.8, §9.9).</summary>
public static class CompanyFamily
{
    public static string Title(CompanyRole role) => role switch
    {
        CompanyRole.Supplier => "Suppliers",
        CompanyRole.Manufacturer => "Manufacturers",
        _ => "Clients",
    };

    public static string Singular(CompanyRole role) => role switch
    {
        CompanyRole.Supplier => "supplier",
        CompanyRole.Manufacturer => "manufacturer",
        _ => "client",
    };

    public static string ListPath(CompanyRole role) => "/inventory/" + Title(role).ToLowerInvariant();

    public static string DetailPath(CompanyRole role, string id) => $"{ListPath(role)}/{Uri.EscapeDataString(id)}";

    /// <summary>The family of a list or detail page from its address (<c>/inventory/clients…</c>); suppliers when none matches.</summary>
    public static CompanyRole FromUri(string uri)
    {
        var path = new Uri(uri).AbsolutePath.TrimEnd('/') + "/";
        return Enum.GetValues<CompanyRole>()
            .FirstOrDefault(role => path.StartsWith(ListPath(role) + "/", StringComparison.OrdinalIgnoreCase));
    }
}
