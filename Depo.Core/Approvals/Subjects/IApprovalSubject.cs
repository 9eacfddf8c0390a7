using Depo.Core.Common.Actors;
using Depo.Core.Storage;

namespace Depo.Core.Approvals.Subjects;

/// <summary>
/// The module owning objects of one <see cref="ObjectType"/> (spec procurement §4.7): whether an object exists, who
/// may give it a flow, the precondition and digest of a signing, and its part of the approve / un-approve change set.
/// </summary>
public interface IApprovalSubject
{
    string ObjectType { get; }

    /// <summary>The 404 message when the object does not exist.</summary>
    string NotFoundMessage { get; }

    Task<bool> ExistsAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>Refuses (403/409) a caller who may not create a flow for the object through the generic route.</summary>
    Task DemandFlowCreationAsync(string objectId, Actor actor, CancellationToken cancellationToken);

    /// <summary>Checks the signing precondition (409 with the module's message) and reads what the hooks need.</summary>
    Task<IApprovalSigningSubject> PrepareSigningAsync(string objectId, CancellationToken cancellationToken);

    /// <summary>
    /// The object's part of a signature removal that un-approves its flow (spec §4.6): adds its roll-back to
    /// <paramref name="changes"/>, or refuses with a 409 carrying the reason, in which case nothing changes.
    /// </summary>
    Task RollBackApprovalAsync(string objectId, ChangeSet changes, Actor actor, CancellationToken cancellationToken);

    /// <summary>The digest of the object's current approved content; null when the object is gone.</summary>
    Task<string?> CurrentDigestAsync(string objectId, CancellationToken cancellationToken);
}
