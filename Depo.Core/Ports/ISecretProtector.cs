namespace Depo.Core.Ports;

/// <summary>Encrypts secrets kept at rest (the InvenTree token); backed by ASP.NET Data Protection.</summary>
public interface ISecretProtector
{
    string Protect(string plaintext);

    /// <summary>Null when the value cannot be decrypted (key ring lost or value tampered).</summary>
    string? Unprotect(string protectedValue);
}
