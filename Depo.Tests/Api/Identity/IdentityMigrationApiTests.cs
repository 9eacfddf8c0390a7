using Depo.Core.Identity;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Ports;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Api.Identity;

/// <summary>The start-up migration of plaintext secrets (spec identity §2.2); one app per test, as it counts what is left.</summary>
public sealed class IdentityMigrationApiTests : IDisposable
{
    private readonly DepoApiFactory app = new();

    [Fact]
    public async Task Run_UsersWithPlaintextInvenTreeTokens_ProtectsAndUnsetsEveryOne()
    {
        const int count = 1_201;
        for (var i = 0; i < count; i++)
            await app.Store.InsertAsync(new User { Username = $"older{i}", Token = $"inventree-token-{i}" }, default);

        await app.Services.GetRequiredService<IdentityMigration>().RunAsync(default);

        Assert.Equal(0, await app.Store.CountAsync<User>(Filter.HasValue("token"), default));
        var last = await app.Store.FindOneAsync<User>(Filter.Eq("username", $"older{count - 1}"), default);
        Assert.Equal($"inventree-token-{count - 1}", app.Services.GetRequiredService<ISecretProtector>().Unprotect(last?.InventreeTokenProtected ?? ""));
    }

    [Fact]
    public async Task Run_ApiTokensInPlaintext_HashesEveryOne()
    {
        const int count = 1_201;
        for (var i = 0; i < count; i++)
            await app.Store.InsertAsync(new ApiToken { Token = $"older-api-token-{i}", Rights = ["audit:read"] }, default);

        await app.Services.GetRequiredService<IdentityMigration>().RunAsync(default);

        Assert.Equal(0, await app.Store.CountAsync<ApiToken>(Filter.HasValue("token"), default));
        Assert.NotNull(await app.Store.FindOneAsync<ApiToken>(Filter.Eq("token_hash", SecretToken.Hash($"older-api-token-{count - 1}")), default));
    }

    public void Dispose() => app.Dispose();
}
