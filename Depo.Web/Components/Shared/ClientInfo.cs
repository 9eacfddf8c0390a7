namespace Depo.Web.Components.Shared;

/// <summary>The browser behind a page: its address and user agent, for audit entries.</summary>
public sealed record ClientInfo(string? IpAddress, string? UserAgent)
{
    public static ClientInfo Unknown { get; } = new(null, null);
}
