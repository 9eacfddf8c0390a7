using System.Net;
using System.Net.Http.Json;
using Depo.Core.Audit;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Config;
using Depo.Tests.Support;

namespace Depo.Tests.Api.SystemAdmin;

/// <summary>Two edits from the same version: exactly one wins, the other gets 409 (spec identity §0).</summary>
public sealed class ConfigConcurrencyApiTests(GatedStoreApiFactory app) : IClassFixture<GatedStoreApiFactory>
{
    [Fact]
    public async Task Replace_TwoCopiesOfTheSameVersion_SecondIsAConcurrencyConflict()
    {
        var settings = new AppSettings { Slug = "replace-test-" + Guid.NewGuid().ToString("N")[..6], CompanyName = "Start" };
        await app.Store.InsertAsync(settings, default);
        var first = await app.Store.GetAsync<AppSettings>(settings.Id, default) ?? throw new InvalidOperationException();
        var second = await app.Store.GetAsync<AppSettings>(settings.Id, default) ?? throw new InvalidOperationException();
        first.CompanyName = "First";
        second.CompanyName = "Second";

        await app.Store.ReplaceAsync(first, default);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Store.ReplaceAsync(second, default));

        var stored = await app.Store.GetAsync<AppSettings>(settings.Id, default);
        Assert.Equal(("First", 1), (stored?.CompanyName, stored?.Version));
    }

    [Fact]
    public async Task Replace_TwoCopiesAtOnce_ExactlyOneConflicts()
    {
        var settings = new AppSettings { Slug = "parallel-test-" + Guid.NewGuid().ToString("N")[..6], CompanyName = "Start" };
        await app.Store.InsertAsync(settings, default);
        var copies = new[] { "A", "B" }.Select(name => new AppSettings { Id = settings.Id, Slug = settings.Slug, CompanyName = name }).ToList();

        var outcomes = await Task.WhenAll(copies.Select(copy => Task.Run(async () =>
        {
            try
            {
                await app.Store.ReplaceAsync(copy, default);
                return copy.CompanyName;
            }
            catch (ConcurrencyConflictException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(outcomes, o => o is not null);
        Assert.Equal(winner, (await app.Store.GetAsync<AppSettings>(settings.Id, default))?.CompanyName);
    }

    [Fact]
    public async Task Save_TwoAdminsAtOnce_OneIs409AndOnlyTheWinnerIsStoredAndAudited()
    {
        var first = await app.SignedInClientAsync(admin: true);
        var second = await app.SignedInClientAsync(admin: true);
        await first.PostAsJsonAsync("/api/config/", new { company_name = "Before the race" });
        var names = new[] { "Winner " + Guid.NewGuid().ToString("N")[..6], "Winner " + Guid.NewGuid().ToString("N")[..6] };

        app.GatedStore.HoldReads<AppSettings>(2);
        var responses = await Task.WhenAll(
            first.PostAsJsonAsync("/api/config/", new { company_name = names[0] }),
            second.PostAsJsonAsync("/api/config/", new { company_name = names[1] }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var lost = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var problem = await ProblemAssert.IsProblemAsync(lost, HttpStatusCode.Conflict);
        Assert.Equal("The record was changed by someone else; reload.", JsonAssert.Detail(problem));
        var winner = names[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var loser = names.Single(n => n != winner);
        var stored = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/config/");
        Assert.Equal(winner, stored.GetProperty("company_name").GetString());
        Assert.Empty(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "settings_updated") & Filter.Eq("details.changes.company_name.new", loser), 5), default));
    }
}
