namespace Depo.Core.Inventory;

/// <summary>A document that records who changed it last and when (<c>updated_at</c>, <c>updated_by</c>).</summary>
public interface IEditTracked
{
    DateTime? UpdatedAt { get; set; }

    string? UpdatedBy { get; set; }
}
