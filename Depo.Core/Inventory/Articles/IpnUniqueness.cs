using Depo.Core.Common.Errors;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Articles;

/// <summary>spec inventory §1.1.1: an IPN belongs to one article (trimmed, case-insensitive).</summary>
public sealed class IpnUniqueness(IDocumentStore store)
{
    public const string Taken = "An article with this IPN already exists";

    /// <summary>Articles whose IPN contains the text are candidates (indexed search); the exact comparison decides.</summary>
    private const int MaxCandidates = 1000;

    public async Task RefuseTakenAsync(string ipn, string? exceptArticleId, CancellationToken cancellationToken)
    {
        var key = IpnClaim.Key(ipn);
        var claim = await store.GetAsync<IpnClaim>(IpnClaim.IdOf(ipn), cancellationToken);
        if (claim is not null && !string.Equals(claim.PartId, exceptArticleId, StringComparison.OrdinalIgnoreCase)
            && await store.GetAsync<Article>(claim.PartId, cancellationToken) is not null)
        {
            throw new ConflictException(Taken);
        }
        var candidates = await store.FindAsync<Article>(Query.Where(Filter.Text(key, "ipn"), MaxCandidates), cancellationToken);
        if (candidates.Any(a => IpnClaim.Key(a.Ipn) == key && !string.Equals(a.Id, exceptArticleId, StringComparison.OrdinalIgnoreCase)))
            throw new ConflictException(Taken);
    }

    /// <summary>Adds to <paramref name="changes"/> the claim of <paramref name="newIpn"/> (unless the article holds it),
    /// releasing the one of <paramref name="oldIpn"/> it held and any left by an article that no longer exists;
    /// a claim of another existing article is a conflict.</summary>
    public async Task ClaimAsync(ChangeSet changes, string articleId, string? oldIpn, string newIpn, CancellationToken cancellationToken)
    {
        var held = await store.GetAsync<IpnClaim>(IpnClaim.IdOf(newIpn), cancellationToken);
        if (held is not null && string.Equals(held.PartId, articleId, StringComparison.OrdinalIgnoreCase))
            return;
        if (oldIpn is not null && IpnClaim.Key(oldIpn) != IpnClaim.Key(newIpn)
            && await store.GetAsync<IpnClaim>(IpnClaim.IdOf(oldIpn), cancellationToken) is { } old
            && string.Equals(old.PartId, articleId, StringComparison.OrdinalIgnoreCase))
        {
            changes.Delete<IpnClaim>(old.Id);
        }
        if (held is not null)
        {
            // A writer that passed the check before the holder committed meets its claim here.
            if (await store.GetAsync<Article>(held.PartId, cancellationToken) is not null)
                throw new ConflictException(Taken);
            changes.Delete<IpnClaim>(held.Id);
        }
        changes.Insert(IpnClaim.For(newIpn, articleId));
    }
}
