using Depo.Core.Storage;

namespace Depo.Core.Inventory.Companies;

/// <summary>A <c>depo_companies</c> document: supplier, manufacturer and/or client (spec inventory §1.4).</summary>
public sealed class Company : VersionedDocument, IEditTracked
{
    public string Name { get; set; } = "";

    public string Code { get; set; } = "";

    public bool IsSupplier { get; set; }

    public bool IsManufacturer { get; set; }

    public bool IsClient { get; set; }

    public string Vatno { get; set; } = "";

    public string Regno { get; set; } = "";

    public string PaymentConditions { get; set; } = "";

    public List<CompanyAddress> Addresses { get; set; } = [];

    public List<CompanyContact> Contacts { get; set; } = [];

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }
}
