namespace Depo.Core.Approvals;

/// <summary>Electronic-signature settings (issue 5, EU GMP Annex 11 / 21 CFR Part 11 §11.200).</summary>
public sealed class ApprovalsOptions
{
    public const string Section = "Approvals";

    /// <summary>Each signing asks the signer's password again; the sign routes take <c>password</c> in the body.</summary>
    public bool RequireReauthentication { get; set; } = true;
}
