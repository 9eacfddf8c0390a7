using System.Security.Cryptography;
using Depo.Core.Ports;
using Microsoft.AspNetCore.DataProtection;

namespace Depo.Web.Auth;

/// <summary>Secrets at rest encrypted with the Data Protection key ring kept under the data dir.</summary>
public sealed class DataProtectionSecretProtector(IDataProtectionProvider provider) : ISecretProtector
{
    private readonly IDataProtector protector = provider.CreateProtector("Depo.Secrets.v1");

    public string Protect(string plaintext) => protector.Protect(plaintext);

    public string? Unprotect(string protectedValue)
    {
        try
        {
            return protector.Unprotect(protectedValue);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
