using System.Text.Json.Serialization;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Depo.Core.Inventory.Companies;

/// <summary>A contact person of a company (spec inventory §1.4); imported members are kept.</summary>
public sealed class CompanyContact
{
    public string Name { get; set; } = "";

    public string Role { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Members of imported entries, kept on the server; a body cannot set them.</summary>
    [BsonExtraElements, JsonIgnore]
    public BsonDocument? ExtraElements { get; set; }
}
