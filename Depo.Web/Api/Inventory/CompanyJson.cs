using System.Text.Json.Nodes;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using Depo.Web.Api.Json;

namespace Depo.Web.Api.Inventory;

/// <summary>
/// A company on the wire: its stored fields (spec inventory §1.4, §3.4), imported members included, ids as strings
/// and dates in the wire format.
/// </summary>
public static class CompanyJson
{
    public static JsonNode? From(Company company) => BsonJson.ToNode(DocumentMap.ToBson(company));

    public static CompanyPageJson Page(Page<Company> page) =>
        new([.. page.Items.Select(From)], page.Total, page.Skip, page.Limit);
}

/// <summary>The <c>{results, total, skip, limit}</c> body of the company lists.</summary>
public sealed record CompanyPageJson(IReadOnlyList<JsonNode?> Results, long Total, int Skip, int Limit);
