using System.Xml.Linq;
using Depo.Tests.Support;
using Depo.Web.Auth;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Tests.Infrastructure.Identity;

public sealed class StoreXmlRepositoryTests : IDisposable
{
    private readonly TempLiteDb database = new();

    [Fact]
    public void StoreElement_ThenGetAll_ReturnsTheKey()
    {
        var repository = new StoreXmlRepository(database.Store);

        repository.StoreElement(new XElement("key", new XAttribute("id", "k1")), "k1");

        var element = Assert.Single(repository.GetAllElements());
        Assert.Equal("k1", element.Attribute("id")?.Value);
    }

    [Fact]
    public void Protect_InOneProvider_UnprotectsInAnotherOverTheSameStore()
    {
        var first = Provider();
        var secret = first.CreateProtector("test").Protect("session");

        var second = Provider();

        Assert.Equal("session", second.CreateProtector("test").Unprotect(secret));
    }

    public void Dispose() => database.Dispose();

    private IDataProtectionProvider Provider()
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("Depo");
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new StoreXmlRepository(database.Store));
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }
}
