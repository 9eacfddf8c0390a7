using Depo.Core.Identity.Sessions;

namespace Depo.Tests.Core.Identity;

public sealed class SecretTokenTests
{
    [Fact]
    public void New_Always_Is32RandomBytesInBase64Url()
    {
        var token = SecretToken.New();

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
        Assert.NotEqual(token, SecretToken.New());
    }

    [Fact]
    public void Hash_KnownValue_IsLowercaseHexSha256()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", SecretToken.Hash("abc"));
    }

    [Fact]
    public void Hash_SameToken_IsStable()
    {
        var token = SecretToken.New();

        Assert.Equal(SecretToken.Hash(token), SecretToken.Hash(token));
        Assert.NotEqual(SecretToken.Hash(token), SecretToken.Hash(token + "x"));
    }

    [Theory]
    [InlineData("secret", "secret", true)]
    [InlineData("secret", "Secret", false)]
    [InlineData("secret", "secret ", false)]
    [InlineData("secret", "", false)]
    public void EqualsConstantTime_TwoValues_ComparesOrdinally(string left, string right, bool expected)
    {
        Assert.Equal(expected, SecretToken.EqualsConstantTime(left, right));
    }
}
