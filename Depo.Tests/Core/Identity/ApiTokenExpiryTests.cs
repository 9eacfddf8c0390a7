using Depo.Core.Identity.ApiTokens;
using MongoDB.Bson;

namespace Depo.Tests.Core.Identity;

public sealed class ApiTokenExpiryTests
{
    [Fact]
    public void Of_StoredDate_IsThatInstantInUtc()
    {
        var stored = new DateTime(2026, 3, 1, 12, 30, 0, 250, DateTimeKind.Utc);

        var expiry = ApiTokenExpiry.Of(new BsonDateTime(stored));

        Assert.Equal(stored, expiry);
        Assert.Equal(DateTimeKind.Utc, expiry!.Value.Kind);
    }

    [Fact]
    public void Of_IsoStringWithoutZone_IsReadAsUtc()
    {
        var expiry = ApiTokenExpiry.Of(new BsonString("2026-03-01T12:30:00"));

        Assert.Equal(new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Utc), expiry);
        Assert.Equal(DateTimeKind.Utc, expiry!.Value.Kind);
    }

    [Theory]
    [InlineData("2026-03-01T14:30:00+02:00")]
    [InlineData("2026-03-01T12:30:00Z")]
    [InlineData("2026-03-01T12:30:00.000Z")]
    [InlineData("2026-03-01T07:30:00-05:00")]
    public void Of_IsoStringWithZone_IsConvertedToUtc(string text)
    {
        var expiry = ApiTokenExpiry.Of(new BsonString(text));

        Assert.Equal(new DateTime(2026, 3, 1, 12, 30, 0, DateTimeKind.Utc), expiry);
    }

    [Theory]
    [InlineData("never")]
    [InlineData("")]
    [InlineData("2026-13-45")]
    [InlineData("tomorrow at noon")]
    public void Of_UnparsableString_IsExpiredLongAgo(string text)
    {
        Assert.Equal(DateTime.MinValue, ApiTokenExpiry.Of(new BsonString(text)));
    }

    [Fact]
    public void Of_ValueOfAnotherType_IsExpiredLongAgo()
    {
        Assert.Equal(DateTime.MinValue, ApiTokenExpiry.Of(new BsonInt32(1)));
    }

    [Fact]
    public void Of_Missing_IsNull()
    {
        Assert.Null(ApiTokenExpiry.Of(null));
        Assert.Null(ApiTokenExpiry.Of(BsonNull.Value));
    }
}
