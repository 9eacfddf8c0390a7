namespace Depo.Core.Inventory;

/// <summary>A document that records who created and last changed it, and when.</summary>
public interface IEditTracked
{
    DateTime? CreatedAt { get; set; }

    string? CreatedBy { get; set; }

    DateTime? UpdatedAt { get; set; }

    string? UpdatedBy { get; set; }
}
