namespace Depo.Web.Api.Inventory;

/// <summary>A paged answer shaped <c>{results, total, skip, limit}</c> (spec inventory §0.1).</summary>
public sealed record ResultsPageJson<T>(IReadOnlyList<T> Results, long Total, int Skip, int Limit);
