using Depo.Core.Storage;

namespace Depo.Core.Inventory.Companies;

/// <summary>The optional role flags of the <c>GET /companies</c> picker (spec inventory §3.4); null = either.</summary>
public sealed record CompanyRoleFilter(bool? IsSupplier, bool? IsManufacturer, bool? IsClient)
{
    public static readonly CompanyRoleFilter Any = new(null, null, null);

    public Filter ToFilter() => Filter.And(
        Flag("is_supplier", IsSupplier), Flag("is_manufacturer", IsManufacturer), Flag("is_client", IsClient));

    // Older documents may lack a flag: "false" matches a missing one too.
    private static Filter Flag(string field, bool? value) => value switch
    {
        true => Filter.Eq(field, true),
        false => Filter.Ne(field, true),
        null => Filter.All,
    };
}
