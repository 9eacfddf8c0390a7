namespace Depo.Core.Inventory.Companies;

/// <summary>
/// The members shared by the create and update bodies of the company routes (spec inventory §3.4); null or absent
/// means "default" on create and "unchanged" on update.
/// </summary>
public abstract class CompanyInputFields
{
    public abstract string? Name { get; set; }

    public string? Code { get; set; }

    public bool? IsSupplier { get; set; }

    public bool? IsManufacturer { get; set; }

    public bool? IsClient { get; set; }

    public string? Vatno { get; set; }

    public string? Regno { get; set; }

    public string? PaymentConditions { get; set; }

    /// <summary>When present, replaces every address.</summary>
    public List<CompanyAddress?>? Addresses { get; set; }

    /// <summary>When present, replaces every contact.</summary>
    public List<CompanyContact?>? Contacts { get; set; }
}
