using Depo.Core.Inventory;
using Depo.Core.Inventory.Companies;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory.Companies;

public sealed class CompanyDocumentTests
{
    public CompanyDocumentTests() => InventoryCollections.Register();

    [Fact]
    public void RoundTrip_ImportedCompany_KeepsStoredNamesAndUnknownMembers()
    {
        var stored = new BsonDocument
        {
            ["_id"] = ObjectId.Parse("6943a0c18728e4d75ae72831"),
            ["name"] = "Chemicals SRL",
            ["code"] = "CHEM",
            ["is_supplier"] = true,
            ["is_manufacturer"] = false,
            ["is_client"] = false,
            ["vatno"] = "RO123",
            ["regno"] = "J40/1/2020",
            ["payment_conditions"] = "30 days",
            ["addresses"] = new BsonArray { new BsonDocument { ["name"] = "Sediu", ["city"] = "Cluj", ["postal_code"] = "400001" } },
            ["contacts"] = new BsonArray { new BsonDocument { ["name"] = "Ana", ["email"] = "ana@example.com", ["fax"] = "-" } },
            ["version"] = 3,
        };

        var company = DocumentMap.FromBson<Company>(stored);
        var written = DocumentMap.ToBson(company);

        Assert.True(company.IsSupplier);
        Assert.Equal(3, company.Version);
        Assert.Equal("RO123", written["vatno"].AsString);
        Assert.Equal("30 days", written["payment_conditions"].AsString);
        Assert.Equal("Cluj", written["addresses"][0]["city"].AsString);
        Assert.Equal("400001", written["addresses"][0]["postal_code"].AsString);
        Assert.Equal("ana@example.com", written["contacts"][0]["email"].AsString);
        Assert.Equal("-", written["contacts"][0]["fax"].AsString);
        Assert.Equal("depo_companies", DocumentMap.CollectionOf<Company>());
    }
}
