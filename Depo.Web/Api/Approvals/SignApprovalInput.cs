namespace Depo.Web.Api.Approvals;

/// <summary>
/// The body of the sign routes: <c>password</c> when re-authentication is on. Older clients send <c>ip_address</c> and
/// <c>user_agent</c>; they are accepted and ignored, since Depo records what it observes (trap 7.7).
/// </summary>
public sealed class SignApprovalInput
{
    public string? Password { get; set; }

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}
