using Depo.Core.SystemAdmin.Config;

namespace Depo.Tests.Core.SystemAdmin;

public sealed class LogoAddressTests
{
    [Theory]
    [InlineData("/media/img/logo.svg")]
    [InlineData("/api/data/files/3f2a9c")]
    [InlineData("https://cdn.example.com/logo.png")]
    [InlineData("https://cdn.example.com:8443/img/logo.png?v=2")]
    public void IsAcceptable_SiteRelativePathOrHttpsUrl_IsTrue(string address)
    {
        Assert.True(LogoAddress.IsAcceptable(address));
    }

    [Theory]
    [InlineData("")]
    [InlineData("logo.svg")]
    [InlineData("media/img/logo.svg")]
    [InlineData("//evil.example.com/logo.png")]
    [InlineData("/\\evil.example.com/logo.png")]
    [InlineData("/media\\..\\secret")]
    [InlineData("/media/../secret")]
    [InlineData("/media/img/my logo.svg")]
    [InlineData("/media/img/logo.svg\n")]
    [InlineData("http://cdn.example.com/logo.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")]
    [InlineData("ftp://cdn.example.com/logo.png")]
    [InlineData("https://")]
    [InlineData("file:///etc/passwd")]
    public void IsAcceptable_AnythingElse_IsFalse(string address)
    {
        Assert.False(LogoAddress.IsAcceptable(address));
    }
}
