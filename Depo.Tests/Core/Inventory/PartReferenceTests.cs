using Depo.Core.Inventory;
using MongoDB.Bson;

namespace Depo.Tests.Core.Inventory;

public sealed class PartReferenceTests
{
    private const string Part = "6943a0c18728e4d75ae72801";

    [Fact]
    public void Matches_ObjectIdOrHexString_IsTrue()
    {
        Assert.True(PartReference.Matches(ObjectId.Parse(Part), Part));
        Assert.True(PartReference.Matches(new BsonString(Part), Part));
        Assert.True(PartReference.Matches(new BsonString(Part.ToUpperInvariant()), Part));
    }

    [Fact]
    public void Matches_OtherPartOrEmptyOrNumber_IsFalse()
    {
        Assert.False(PartReference.Matches(ObjectId.Parse("6943a0c18728e4d75ae72802"), Part));
        Assert.False(PartReference.Matches(new BsonString(""), Part));
        Assert.False(PartReference.Matches(BsonNull.Value, Part));
        Assert.False(PartReference.Matches(null, Part));
        Assert.False(PartReference.Matches(1042, Part));
    }
}
