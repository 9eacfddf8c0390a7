using Depo.Core.Common.Actors;
using Depo.Core.Storage;

namespace Depo.Core.Approvals.Subjects;

/// <summary>An object as read for one signing: its digest and its reaction when the flow becomes approved.</summary>
public interface IApprovalSigningSubject
{
    /// <summary>SHA-256 hex of the canonical content being approved (spec procurement §4.8).</summary>
    string? ObjectDigest { get; }

    /// <summary>Adds the object's reaction to the approval to the signature's change set (spec §4.7).</summary>
    void OnApproved(ChangeSet changes, ApprovalSignature completing, Actor signer);
}
