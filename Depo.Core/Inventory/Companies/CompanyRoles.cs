namespace Depo.Core.Inventory.Companies;

/// <summary>The stored role flag of each family (spec inventory §1.4).</summary>
public static class CompanyRoles
{
    public static string FlagField(this CompanyRole role) => role switch
    {
        CompanyRole.Supplier => "is_supplier",
        CompanyRole.Manufacturer => "is_manufacturer",
        _ => "is_client",
    };

    public static bool HasRole(this Company company, CompanyRole role) => role switch
    {
        CompanyRole.Supplier => company.IsSupplier,
        CompanyRole.Manufacturer => company.IsManufacturer,
        _ => company.IsClient,
    };
}
