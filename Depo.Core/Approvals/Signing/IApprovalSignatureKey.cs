namespace Depo.Core.Approvals.Signing;

/// <summary>
/// The server-side key sealing signatures (spec procurement §4.8): HMAC-SHA256 with a key kept in the Data Protection
/// key ring (purpose "approval-signature"), so that a signature written directly into the database is detectable.
/// </summary>
public interface IApprovalSignatureKey
{
    /// <summary>Lowercase hex HMAC-SHA256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    string Hmac(string text);
}
