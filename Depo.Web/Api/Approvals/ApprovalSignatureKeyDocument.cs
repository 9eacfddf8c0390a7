using Depo.Core.Storage;

namespace Depo.Web.Api.Approvals;

/// <summary>The signature-sealing key, encrypted by Data Protection (purpose "approval-signature").</summary>
public sealed class ApprovalSignatureKeyDocument : StoredDocument
{
    public const string Collection = "depo_approval_signature_keys";

    public string ProtectedKey { get; set; } = "";
}
