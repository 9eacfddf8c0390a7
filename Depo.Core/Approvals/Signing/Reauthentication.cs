using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Identity.SignIn;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Signing;

/// <summary>
/// Electronic signatures ask the signer's password again (issue 5; 21 CFR Part 11 §11.200). The password is checked
/// as sign-in checks it for the configured mode: the local hash, or InvenTree. A user without a checkable password
/// (Microsoft sign-in without a local password) cannot re-authenticate and so cannot sign while the setting is on.
/// A failure is audited <c>signature_failed</c> in its own commit, since the signing itself does not happen.
/// After repeated wrong passwords the signer is locked out for a while, without the password being checked.
/// </summary>
public sealed class Reauthentication(
    CredentialCheck credentials, SignaturePasswordLockout lockout, IDocumentStore store, AuditWriter audit,
    IOptions<ApprovalsOptions> options)
{
    public const string Missing = "Enter your password to sign";
    public const string Failed = "Password is incorrect; the signature was not recorded";
    public const string LockedOut = "Too many incorrect passwords; signing is locked for a while, try again later";

    public bool IsRequired => options.Value.RequireReauthentication;

    public async Task DemandAsync(Actor signer, string? password, ApprovalFlow flow, CancellationToken cancellationToken)
    {
        if (!IsRequired)
            return;
        var userId = signer.UserId ?? signer.Username ?? "";
        var reason = lockout.IsLocked(userId) ? "locked_out"
            : string.IsNullOrEmpty(password) ? "password_missing"
            : await credentials.CheckAsync(signer.Username ?? "", password, cancellationToken) is { } checkedCredentials
                && (checkedCredentials.LocalUser is null || checkedCredentials.LocalUser.Id == signer.UserId) ? null
            : "invalid_credentials";
        if (reason is null)
        {
            lockout.Clear(userId);
            return;
        }
        if (reason == "invalid_credentials")
            lockout.RecordFailure(userId);
        var changes = new ChangeSet();
        audit.Add(changes, signer, "signature_failed", "approval_flow", flow.Id, new BsonDocument
        {
            ["object_type"] = flow.ObjectType,
            ["object_id"] = flow.ObjectId,
            ["reason"] = reason,
        });
        await store.CommitAsync(changes, cancellationToken);
        if (reason == "locked_out")
            throw new TooManyRequestsException(LockedOut);
        throw new UnauthorizedException(reason == "password_missing" ? Missing : Failed);
    }
}
