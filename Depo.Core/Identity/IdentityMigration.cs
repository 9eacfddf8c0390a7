using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Ports;
using Depo.Core.Storage;

namespace Depo.Core.Identity;

/// <summary>Start-up migration of plaintext secrets (spec identity §2.2): one update per document, every document.</summary>
public sealed class IdentityMigration(IDocumentStore store, ISecretProtector protector)
{
    private const int Batch = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Each update unsets the plaintext, so reading the first batch again walks through all of them.
        IReadOnlyList<User> users;
        while ((users = await store.FindAsync<User>(Query.Where(Filter.HasValue("token"), Batch), cancellationToken)).Count > 0)
        {
            foreach (var user in users)
            {
                await store.UpdateOneAsync<User>(
                    Filter.IdIs(user.Id),
                    Update.Set("inventree_token_protected", protector.Protect(user.Token!)).AndUnset("token"), upsert: false, cancellationToken);
            }
        }
        IReadOnlyList<ApiToken> tokens;
        while ((tokens = await store.FindAsync<ApiToken>(Query.Where(Filter.HasValue("token"), Batch), cancellationToken)).Count > 0)
        {
            foreach (var token in tokens)
            {
                var plaintext = token.Token!;
                await store.UpdateOneAsync<ApiToken>(
                    Filter.IdIs(token.Id),
                    Update.Set("token_hash", SecretToken.Hash(plaintext)).AndSet("token_prefix", plaintext[..Math.Min(8, plaintext.Length)])
                        .AndUnset("token"), upsert: false, cancellationToken);
            }
        }
    }
}
