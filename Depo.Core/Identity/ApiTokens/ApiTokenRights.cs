namespace Depo.Core.Identity.ApiTokens;

/// <summary>The rights an admin can grant a token (spec identity §2.7 and the other areas' routes).</summary>
public static class ApiTokenRights
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "procurement:read", "procurement:write", "approvals:read", "audit:read", "inventory:read",
        "ext/fgo-client-invoices",
    ];
}
