using System.Net;
using System.Net.Http.Json;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Api.Identity;

/// <summary>Races on one users document: admin edits conflict, sign-ins do not (spec identity §0, §2.3).</summary>
public sealed class UserConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    [Fact]
    public async Task SetRole_TwoAdminsAtOnce_OneConflictsAndTheWinnerIsStored()
    {
        var user = await app.CreateUserAsync();
        var admin = await app.CreateUserAsync(admin: true);
        var roles = new[] { new Role { Name = "Race A" }, new Role { Name = "Race B" } };
        foreach (var role in roles)
            await app.Store.InsertAsync(role, default);
        var actor = new Actor { UserId = admin.Id, Username = admin.Username, IsAdmin = true };

        app.GatedStore.HoldReads<User>(2);
        var outcomes = await Task.WhenAll(roles.Select(role => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<UserService>().SetRoleAsync(user.Id, role.Id, actor, default);
                return role.Id;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        var stored = await app.Store.GetAsync<User>(user.Id, default);
        Assert.Equal(winner, stored?.LocalRole);
    }

    [Fact]
    public async Task Login_SameUserTwiceAtOnce_BothSucceed()
    {
        var user = await app.CreateUserAsync();

        app.GatedStore.HoldReads<User>(2);
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            app.CreateClient().PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = DepoApiFactory.Password })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }
}
