using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Companies;

/// <summary>spec inventory §1.4.1: a non-empty code is unique among companies, trimmed and case-insensitive.</summary>
public sealed class CompanyCodes(IDocumentStore store)
{
    public const string Taken = "A company with this code already exists";

    // Codes are short, so the substring search finds few candidates; the exact comparison decides.
    private const int CandidateLimit = 1000;

    public async Task RefuseTakenAsync(string code, string? ownId, CancellationToken cancellationToken)
    {
        if (code.Length == 0)
            return;
        var candidates = await store.FindAsync<Company>(Query.Where(Filter.Text(code, "code"), CandidateLimit), cancellationToken);
        if (candidates.Any(other => other.Id != ownId && string.Equals(other.Code?.Trim(), code, StringComparison.OrdinalIgnoreCase)))
            throw new ConflictException(Taken);
    }
}
