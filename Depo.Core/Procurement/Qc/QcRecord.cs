using Depo.Core.Storage;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Procurement.Qc;

/// <summary>A <c>depo_procurement_qc</c> sampling record for a batch received on an order (spec procurement §5.1.6).</summary>
public sealed class QcRecord : VersionedDocument
{
    public const string Conform = "conform";
    public const string NonConform = "neconform";

    /// <summary>ObjectId in Depo's records, a string in older ones.</summary>
    public BsonValue? OrderId { get; set; }

    public string BatchCode { get; set; } = "";

    /// <summary>The part id: a <c>depo_parts._id</c> string, or a numeric string in older records.</summary>
    public string Part { get; set; } = "";

    public string PartName { get; set; } = "";

    public string? PrelevationDate { get; set; }

    [BsonRepresentation(BsonType.Double, AllowTruncation = true)]
    public decimal? PrelevatedQuantity { get; set; }

    public string BaRompharmNo { get; set; } = "";

    public string? BaRompharmDate { get; set; }

    /// <summary><see cref="Conform"/>, <see cref="NonConform"/>, or empty while not known.</summary>
    public string TestResult { get; set; } = "";

    public bool Transactionable { get; set; }

    public string Comment { get; set; } = "";

    public bool Confirmed { get; set; }

    public DateTime? CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    public string? CreatedBy { get; set; }

    public string? UpdatedBy { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public string? ConfirmedBy { get; set; }
}
