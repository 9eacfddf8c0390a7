using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Approvals;

/// <summary>Electronic-signature settings (issue 5, EU GMP Annex 11 / 21 CFR Part 11 §11.200).</summary>
public sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>Each signing asks the signer's password again; the sign routes take <c>password</c> in the body.</summary>
    public bool RequireReauthentication { get; set; } = true;

    /// <summary>Wrong signing passwords, within <see cref="SignatureLockoutMinutes"/>, after which signing is refused.</summary>
    [Range(1, 1000, ErrorMessage = "Approvals:FailedSignaturePasswordsBeforeLockout must be between 1 and 1000.")]
    public int FailedSignaturePasswordsBeforeLockout { get; set; } = 5;

    /// <summary>How long a wrong signing password counts towards the lockout.</summary>
    [Range(1, 1440, ErrorMessage = "Approvals:SignatureLockoutMinutes must be between 1 and 1440.")]
    public int SignatureLockoutMinutes { get; set; } = 15;
}
