namespace Depo.Web.Api.OpenApi;

public enum AccessLevel { Public, User, Admin }

/// <summary>
/// Documents a route's auth level (spec identity §0) in the OpenAPI document. Descriptive only:
/// the Core services enforce it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class AccessAttribute(AccessLevel level) : Attribute
{
    public AccessLevel Level => level;

    /// <summary>The API-token right that also passes, if any.</summary>
    public string? ApiRight { get; init; }

    public string Describe() => level switch
    {
        AccessLevel.Public => "Access: public.",
        AccessLevel.User => "Access: any signed-in user" + (ApiRight is null ? "." : $", or an API token with `{ApiRight}`."),
        _ => "Access: administrator" + (ApiRight is null ? "." : $", or an API token with `{ApiRight}`."),
    };
}
