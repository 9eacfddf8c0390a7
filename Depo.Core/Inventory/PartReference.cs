using MongoDB.Bson;

namespace Depo.Core.Inventory;

/// <summary>Stored references to a part, which older documents hold as ObjectId or as its 24-hex string.</summary>
public static class PartReference
{
    /// <summary>The 24-hex text of a reference in either form; null when empty or of another type.</summary>
    public static string? TextOf(BsonValue? reference) => reference switch
    {
        { IsObjectId: true } id => id.AsObjectId.ToString(),
        { IsString: true } text when ObjectId.TryParse(text.AsString.Trim(), out var id) => id.ToString(),
        _ => null,
    };

    /// <summary>spec inventory §2.1: a part matches as ObjectId or as its 24-hex string.</summary>
    public static bool Matches(BsonValue? reference, string articleId) =>
        TextOf(reference) is { } text && string.Equals(text, articleId, StringComparison.OrdinalIgnoreCase);
}
