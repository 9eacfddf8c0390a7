namespace Depo.Core.Approvals.Signing;

/// <summary>What checking a stored signature shows (spec procurement §4.8, §8.5).</summary>
public enum SignatureVerification
{
    /// <summary>"hash verified": the hash reproduces and, when sealed, the seal and the approved content still match.</summary>
    HashVerified,

    /// <summary>"content changed since signing": a sealed signature whose object no longer has the approved content.</summary>
    ContentChanged,

    /// <summary>"signature not verifiable": the hash does not reproduce or the seal is missing or wrong.</summary>
    NotVerifiable,
}
