using System.Globalization;
using MongoDB.Bson;

namespace Depo.Core.Identity.ApiTokens;

/// <summary>Reads <c>expires</c>, stored as a date or an ISO string; unreadable means expired (fail closed).</summary>
public static class ApiTokenExpiry
{
    /// <summary>Null when no expiry is stored.</summary>
    public static DateTime? Of(BsonValue? expires) => expires switch
    {
        null or BsonNull => null,
        BsonDateTime date => date.ToUniversalTime(),
        BsonString text when DateTime.TryParse(text.AsString, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => DateTime.MinValue,
    };
}
