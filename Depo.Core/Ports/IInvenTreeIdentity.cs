namespace Depo.Core.Ports;

/// <summary>InvenTree's sign-in endpoints (spec identity §2.3, §2.5).</summary>
public interface IInvenTreeIdentity
{
    /// <summary><c>GET /api/user/token/?name=depo</c> with HTTP Basic credentials.</summary>
    Task<InvenTreeTokenExchange> ExchangeTokenAsync(string username, string password, CancellationToken cancellationToken);

    /// <summary><c>GET /api/user/me/</c> with <c>Authorization: Token …</c>.</summary>
    Task<InvenTreeProfileLookup> GetProfileAsync(string token, CancellationToken cancellationToken);
}

public enum InvenTreeOutcome { Success, Rejected, NotFound, Unavailable }

public sealed record InvenTreeTokenExchange(InvenTreeOutcome Outcome, string? Token = null);

public sealed record InvenTreeProfile(bool IsStaff, bool IsSuperuser, string? FirstName, string? LastName)
{
    public bool IsAdmin => IsStaff || IsSuperuser;

    /// <summary>First and last name trimmed and joined; null when both are empty.</summary>
    public string? DisplayName
    {
        get
        {
            var parts = new[] { FirstName?.Trim(), LastName?.Trim() }.Where(p => !string.IsNullOrEmpty(p));
            var name = string.Join(' ', parts);
            return name.Length == 0 ? null : name;
        }
    }
}

public sealed record InvenTreeProfileLookup(InvenTreeOutcome Outcome, InvenTreeProfile? Profile = null);
