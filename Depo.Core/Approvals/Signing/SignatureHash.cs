using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// The signature hash of spec procurement §4.8: lowercase hex SHA-256 of an exact text whose members, separators,
/// string escapes (non-ASCII as <c>\uXXXX</c>) and timestamp format reproduce the hashes already in the data.
/// </summary>
public static class SignatureHash
{
    /// <summary>The hashed text for a signing at <paramref name="signedAt"/> plus <paramref name="extraMicroseconds"/> (0–999).</summary>
    public static string Input(string objectId, string objectType, DateTime signedAt, string userId, int extraMicroseconds = 0) =>
        $"{{\"object_id\": {Literal(objectId)}, \"object_type\": {Literal(objectType)}, \"timestamp\": {Literal(Timestamp(signedAt, extraMicroseconds))}, \"user_id\": {Literal(userId)}}}";

    public static string Compute(string input) => Sha256Hex(input);

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Whole milliseconds: the stored value must reproduce the hash.</summary>
    public static DateTime Truncate(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c>, then <c>.ffffff</c> only when the sub-second part is not zero; no zone.</summary>
    public static string Timestamp(DateTime signedAt, int extraMicroseconds = 0)
    {
        var utc = signedAt.Kind == DateTimeKind.Unspecified ? signedAt : signedAt.ToUniversalTime();
        var whole = utc.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var microseconds = (int)(utc.Ticks % TimeSpan.TicksPerSecond / 10) + extraMicroseconds;
        return microseconds == 0 ? whole : $"{whole}.{microseconds.ToString("D6", CultureInfo.InvariantCulture)}";
    }

    /// <summary>A JSON string literal as Python's <c>json.dumps</c> writes it by default.</summary>
    public static string Literal(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var character in value)
        {
            text.Append(character switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when character < 0x20 || character > 0x7e => $"\\u{(int)character:x4}",
                _ => character.ToString(),
            });
        }
        return text.Append('"').ToString();
    }
}
