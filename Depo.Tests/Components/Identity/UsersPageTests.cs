using AngleSharp.Dom;
using Bunit;
using Depo.Core.Identity.Users;
using Depo.Tests.Support;
using Depo.Web.Components.Pages.Identity;

using Depo.Core.Audit;
using Depo.Core.Identity.Roles;
using Depo.Core.Storage;

namespace Depo.Tests.Components.Identity;

public sealed class UsersPageTests
{
    [Fact]
    public async Task Users_AsAdmin_ListsTheUsersOfTheStore()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        var colleague = await context.CreateUserAsync();
        context.SignInAs(admin);

        var page = context.RenderWithProviders<UsersPage>();

        page.WaitForAssertion(() =>
        {
            Assert.NotNull(RowOf(page.Nodes, colleague.Username));
            Assert.Contains("Admin", Row(page.Nodes, admin.Username).TextContent);
        });
        Assert.Empty(page.FindAll("[data-testid=access-denied]"));
    }

    [Fact]
    public async Task Users_AsNonAdmin_ShowsAccessDenied()
    {
        await using var context = new DepoTestContext();
        var user = await context.CreateUserAsync();
        context.SignInAs(user);

        var page = context.RenderWithProviders<UsersPage>();

        page.WaitForAssertion(() => Assert.Contains(
            "Access denied — administrator access required", page.Find("[data-testid=access-denied]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=users-grid]"));
    }

    [Fact]
    public async Task Deactivate_AfterConfirmation_DeactivatesTheUserInTheStore()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        var colleague = await context.CreateUserAsync();
        context.SignInAs(admin);
        var page = context.RenderWithProviders<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, colleague.Username)));

        Row(page.Nodes, colleague.Username).QuerySelector("[data-testid=deactivate]")?.Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Deactivate").Click();

        await WaitUntilAsync(page, async () =>
            (await context.Store.GetAsync<User>(colleague.Id, CancellationToken.None))?.IsActive == false);
        page.WaitForAssertion(() =>
            Assert.NotNull(Row(page.Nodes, colleague.Username).QuerySelector("[data-testid=reactivate]")));
        var entry = await context.Store.FindOneAsync<AuditLogEntry>(
            Filter.Eq("action", "user_deactivated") & Filter.Eq("resource_id", colleague.Id), CancellationToken.None);
        Assert.Equal(admin.Username, entry?.Username);
        Assert.Equal(DepoTestContext.Client.IpAddress, entry?.IpAddress);
        Assert.Equal(DepoTestContext.Client.UserAgent, entry?.UserAgent);
    }

    [Fact]
    public async Task NoRole_AfterConfirmation_RemovesTheUsersRole()
    {
        await using var context = new DepoTestContext();
        var admin = await context.CreateUserAsync(admin: true);
        var colleague = await context.CreateUserAsync();
        var role = new Role { Name = "Warehouse" };
        await context.Store.InsertAsync(role, CancellationToken.None);
        await context.Store.UpdateOneAsync<User>(Filter.IdIs(colleague.Id), Update.Set("local_role", role.Id), upsert: false, CancellationToken.None);
        context.SignInAs(admin);
        var page = context.RenderWithProviders<UsersPage>();
        page.WaitForAssertion(() => Assert.NotNull(RowOf(page.Nodes, colleague.Username)));

        Row(page.Nodes, colleague.Username).QuerySelector("[data-testid=change-role] button")?.Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=no-role]")));
        page.Find("[data-testid=no-role]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-dialog")));
        page.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == "Change role").Click();

        await WaitUntilAsync(page, async () =>
            (await context.Store.GetAsync<User>(colleague.Id, CancellationToken.None))?.RoleId is null);
    }

    private static IElement? RowOf(INodeList nodes, string username) =>
        nodes.QuerySelectorAll("tr").FirstOrDefault(row => row.QuerySelectorAll("td").Any(cell => cell.TextContent.Trim() == username));

    private static IElement Row(INodeList nodes, string username) =>
        RowOf(nodes, username) ?? throw new Xunit.Sdk.XunitException($"No row for {username}");

    // The store is written on the renderer's dispatcher; wait for the page to re-render after it.
    private static async Task WaitUntilAsync(IRenderedComponent<Bunit.Rendering.ContainerFragment> page, Func<Task<bool>> condition)
    {
        var done = false;
        await page.WaitForAssertionAsync(async () =>
        {
            done = await condition();
            Assert.True(done);
        });
        Assert.True(done);
    }
}
