namespace Depo.Core.Inventory.Companies;

/// <summary>The three families of company routes and pages (spec inventory §3.4, §9.8), each tied to its role flag.</summary>
public enum CompanyRole
{
    Supplier,
    Manufacturer,
    Client,
}
