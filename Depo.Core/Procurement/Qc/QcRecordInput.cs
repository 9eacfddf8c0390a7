using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Procurement.Qc;

/// <summary>A QC record as the staff dialog edits it (spec procurement §5.7, fields of §5.1.6).</summary>
public sealed class QcRecordInput
{
    [StringLength(200, ErrorMessage = "batch_code must be at most 200 characters.")]
    public string? BatchCode { get; set; }

    /// <summary>The part id received with the batch.</summary>
    public string? Part { get; set; }

    public string? PrelevationDate { get; set; }

    public decimal? PrelevatedQuantity { get; set; }

    [StringLength(100, ErrorMessage = "ba_rompharm_no must be at most 100 characters.")]
    public string? BaRompharmNo { get; set; }

    public string? BaRompharmDate { get; set; }

    /// <summary><c>conform</c>, <c>neconform</c>, or empty while not known.</summary>
    public string? TestResult { get; set; }

    public bool Transactionable { get; set; }

    [StringLength(2000, ErrorMessage = "comment must be at most 2000 characters.")]
    public string? Comment { get; set; }

    public static QcRecordInput From(QcRecord record) => new()
    {
        BatchCode = record.BatchCode,
        Part = record.Part,
        PrelevationDate = record.PrelevationDate,
        PrelevatedQuantity = record.PrelevatedQuantity,
        BaRompharmNo = record.BaRompharmNo,
        BaRompharmDate = record.BaRompharmDate,
        TestResult = record.TestResult,
        Transactionable = record.Transactionable,
        Comment = record.Comment,
    };
}
