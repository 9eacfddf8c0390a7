using System.Text.Json.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Companies;

/// <summary>An address of a company (spec inventory §1.4); imported members are kept.</summary>
public sealed class CompanyAddress
{
    public string Name { get; set; } = "";

    public string Country { get; set; } = "";

    public string City { get; set; } = "";

    public string Address { get; set; } = "";

    public string Description { get; set; } = "";

    public string Contact { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Members of imported entries, kept on the server; a body cannot set them.</summary>
    [BsonExtraElements, JsonIgnore]
    public BsonDocument? ExtraElements { get; set; }
}
