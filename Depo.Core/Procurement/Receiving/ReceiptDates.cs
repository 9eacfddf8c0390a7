namespace Depo.Core.Procurement.Receiving;

/// <summary>The date strings of a receipt, checked and normalised to <c>YYYY-MM-DD</c>.</summary>
public sealed record ReceiptDates(string? Manufacturing, string? Expiry, string? Reset, string? SupplierBa);
