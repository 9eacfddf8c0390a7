using Depo.Core.Common.Errors;
using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>ObjectIds as Depo's API shows them: 24 lowercase hex characters.</summary>
public static class DocumentId
{
    public static string New() => ObjectId.GenerateNewId().ToString();

    public static bool IsValid(string? value) => value is { Length: 24 } && ObjectId.TryParse(value, out _);

    /// <summary>Checks a path or body id, answering 400 naming the parameter when malformed.</summary>
    public static string Parse(string? value, string parameter) =>
        IsValid(value) ? value!.ToLowerInvariant()
            : throw new ValidationFailedException(parameter, $"{parameter} must be a 24-character hexadecimal id.");

    /// <summary>Both stored forms of a reference: the ObjectId and its string (older documents use either).</summary>
    public static IReadOnlyList<BsonValue> BothForms(string id) =>
        IsValid(id) ? [ObjectId.Parse(id), new BsonString(id)] : [new BsonString(id)];
}
