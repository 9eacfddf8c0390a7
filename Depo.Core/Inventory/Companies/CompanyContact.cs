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

    [BsonExtraElements]
    public BsonDocument? ExtraElements { get; set; }
}
