using Depo.Tests.Support.AzureAd;

namespace Depo.Tests.Api.Identity;

/// <summary>A wrong AzureAd setting stops start-up with a message naming it (spec identity §1.3).</summary>
public sealed class AzureAdStartupTests
{
    [Theory]
    [InlineData("AzureAd:ClientId", null)]
    [InlineData("AzureAd:ClientId", "")]
    [InlineData("AzureAd:ClientId", "changeme")]
    [InlineData("AzureAd:ClientId", "your-client-id")]
    [InlineData("AzureAd:ClientId", "not-a-guid")]
    [InlineData("AzureAd:ClientId", "00000000-0000-0000-0000-000000000000")]
    [InlineData("AzureAd:TenantId", null)]
    [InlineData("AzureAd:TenantId", "your-tenant-id")]
    [InlineData("AzureAd:TenantId", "<tenant>")]
    [InlineData("AzureAd:TenantId", "common")]
    [InlineData("AzureAd:TenantId", "organizations")]
    [InlineData("AzureAd:Instance", null)]
    [InlineData("AzureAd:Instance", "CHANGEME")]
    [InlineData("AzureAd:Instance", "http://login.microsoftonline.com/")]
    public void Start_WrongAzureAdSetting_FailsNamingIt(string key, string? value)
    {
        using var app = AzureAdApiFactory.With(new Dictionary<string, string?> { [key] = value });

        var failure = Record.Exception(() => app.CreateClient());

        Assert.NotNull(failure);
        Assert.Contains(key, MessagesOf(failure), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contoso.onmicrosoft.com")]
    [InlineData("contoso.com")]
    public void Start_TenantGivenAsDomain_Starts(string tenant)
    {
        using var app = AzureAdApiFactory.With(new Dictionary<string, string?> { ["AzureAd:TenantId"] = tenant });

        using var client = app.CreateClient();
    }

    private static string MessagesOf(Exception failure)
    {
        var messages = new List<string>();
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
            if (current is AggregateException aggregate)
                messages.AddRange(aggregate.InnerExceptions.Select(e => e.Message));
        }
        return string.Join(" | ", messages);
    }
}
