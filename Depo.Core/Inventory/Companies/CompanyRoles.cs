namespace Depo.Core.Inventory.Companies;

/// <summary>The stored role flag and the path parameter of each family (spec inventory §1.4, §3.4).</summary>
public static class CompanyRoles
{
    public static string FlagField(this CompanyRole role) => role switch
    {
        CompanyRole.Supplier => "is_supplier",
        CompanyRole.Manufacturer => "is_manufacturer",
        _ => "is_client",
    };

    /// <summary>The path parameter of the family's routes, as <c>spec/ROUTES.md</c> spells it.</summary>
    public static string IdParameter(this CompanyRole role) => role switch
    {
        CompanyRole.Supplier => "supplier_id",
        CompanyRole.Manufacturer => "manufacturer_id",
        _ => "client_id",
    };

    public static bool HasRole(this Company company, CompanyRole role) => role switch
    {
        CompanyRole.Supplier => company.IsSupplier,
        CompanyRole.Manufacturer => company.IsManufacturer,
        _ => company.IsClient,
    };
}
