using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Identity.Sessions;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Identity.ApiTokens;

/// <summary>API tokens: recognised by hash, created and revoked by admins (spec identity §2.7).</summary>
public sealed class ApiTokenService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    public const int MaxTokens = 500;
    private static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(731);
    private static readonly TimeSpan LastUsedInterval = TimeSpan.FromMinutes(1);

    /// <summary>The token's caller; 401 when unknown, revoked or expired.</summary>
    public async Task<Caller> AuthenticateAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await store.FindOneAsync<ApiToken>(Filter.Eq("token_hash", SecretToken.Hash(token)), cancellationToken)
            ?? await FindPlaintextAsync(token, cancellationToken);
        if (stored is null || stored.Revoked == true)
            throw new UnauthorizedException("Invalid token");
        var now = clock.GetUtcNow().UtcDateTime;
        if (ApiTokenExpiry.Of(stored.Expires) is { } expires && expires <= now)
            throw new UnauthorizedException("API token has expired");
        if (stored.LastUsedAt is null || now - stored.LastUsedAt >= LastUsedInterval)
            await store.UpdateOneAsync<ApiToken>(Filter.IdIs(stored.Id), Update.Set("last_used_at", now), upsert: false, cancellationToken);
        return new Caller(null, null, stored, null);
    }

    public async Task<IReadOnlyList<ApiToken>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        return await store.FindAsync<ApiToken>(Query.Where(Filter.All, MaxTokens, SortBy.Desc("created_at")), cancellationToken);
    }

    /// <summary>Creates a token; the returned secret is shown once and never stored.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(
        CreateApiTokenInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = InputErrors.Of(input);
        if (input.Expires is { } expires && (expires.ToUniversalTime() <= now || expires.ToUniversalTime() > now + MaxLifetime))
            errors.Add("expires", "Expiry must be in the future and at most two years ahead.");
        if (input.Rights.Count == 0)
            errors.Add("rights", "Choose at least one right.");
        errors.ThrowIfAny();
        var secret = SecretToken.New();
        var token = new ApiToken
        {
            Id = DocumentId.New(),
            TokenHash = SecretToken.Hash(secret),
            TokenPrefix = secret[..8],
            Name = input.Name.Trim(),
            Rights = [.. input.Rights.Distinct(StringComparer.Ordinal)],
            Expires = new BsonDateTime(input.Expires!.Value.ToUniversalTime()),
            CreatedAt = now,
            CreatedBy = actor.Username,
        };
        var changes = new ChangeSet().Insert(token);
        audit.Add(changes, actor, "api_token_created", "api_token", token.Id, Describe(token));
        await store.CommitAsync(changes, cancellationToken);
        return (token, secret);
    }

    public async Task RevokeAsync(string tokenId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var id = DocumentId.Parse(tokenId, "token_id");
        var token = await store.GetAsync<ApiToken>(id, cancellationToken) ?? throw new NotFoundException("API token not found");
        if (token.Revoked == true)
            return;
        token.Revoked = true;
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        var changes = new ChangeSet().Replace(token);
        audit.Add(changes, actor, "api_token_revoked", "api_token", token.Id, Describe(token));
        await store.CommitAsync(changes, cancellationToken);
    }

    private async Task<ApiToken?> FindPlaintextAsync(string token, CancellationToken cancellationToken)
    {
        // Older documents keep the plaintext until the start-up migration; compare in constant time.
        var candidates = await store.FindAsync<ApiToken>(Query.Where(Filter.HasValue("token"), MaxTokens), cancellationToken);
        return candidates.FirstOrDefault(c => SecretToken.EqualsConstantTime(c.Token!, token));
    }

    private static BsonDocument Describe(ApiToken token) => new()
    {
        ["name"] = (BsonValue?)token.Name ?? BsonNull.Value,
        ["rights"] = new BsonArray(token.Rights),
        ["expires"] = token.Expires ?? BsonNull.Value,
    };
}
