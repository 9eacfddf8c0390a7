namespace Depo.Core.Inventory.Articles;

/// <summary>One open order line behind the stock figures (spec inventory §2.4): <c>sales</c> or <c>purchase</c>.</summary>
public sealed record ArticleAllocation(
    string OrderId, string Type, string? OrderRef, string? Supplier, string? Customer, decimal Quantity,
    decimal Received, decimal Remaining, string? Status, DateTime? Date, string Notes)
{
    public const string Sales = "sales";
    public const string Purchase = "purchase";
}
