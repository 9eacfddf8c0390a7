using System.Text.Json.Nodes;

namespace Depo.Web.Api.Inventory;

/// <summary>The answer of <c>GET /stocks</c>: <c>{results, total, skip, limit}</c> (spec inventory §3.6).</summary>
public sealed record StockPageJson(IReadOnlyList<JsonObject> Results, long Total, int Skip, int Limit);
