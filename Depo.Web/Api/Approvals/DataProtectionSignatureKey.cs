using System.Security.Cryptography;
using System.Text;
using Depo.Core.Approvals.Signing;
using Depo.Core.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace Depo.Web.Api.Approvals;

/// <summary>
/// The signature-sealing key (spec procurement §4.8): 32 random bytes made once, kept in the database encrypted with the
/// Data Protection key ring under the purpose "approval-signature", so every instance sharing the ring shares the key
/// and a database reader alone cannot forge a seal. When two instances make one at once, the oldest wins.
/// </summary>
public sealed class DataProtectionSignatureKey(IDataProtectionProvider provider, IDocumentStore store) : IApprovalSignatureKey
{
    public const string Purpose = "approval-signature";
    private readonly Lazy<byte[]> key = new(() => LoadOrCreate(provider.CreateProtector(Purpose), store));

    static DataProtectionSignatureKey() => DocumentMap.Register<ApprovalSignatureKeyDocument>(ApprovalSignatureKeyDocument.Collection);

    public string Hmac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key.Value, Encoding.UTF8.GetBytes(text)));

    // The interface is synchronous and the key is read once per process.
    private static byte[] LoadOrCreate(IDataProtector protector, IDocumentStore store)
    {
        var existing = Oldest(store);
        if (existing is null)
        {
            var created = new ApprovalSignatureKeyDocument
            {
                Id = DocumentId.New(),
                ProtectedKey = Convert.ToBase64String(protector.Protect(RandomNumberGenerator.GetBytes(32))),
            };
            store.InsertAsync(created, CancellationToken.None).GetAwaiter().GetResult();
            existing = Oldest(store)!;
        }
        return protector.Unprotect(Convert.FromBase64String(existing.ProtectedKey));
    }

    private static ApprovalSignatureKeyDocument? Oldest(IDocumentStore store) =>
        store.FindAsync<ApprovalSignatureKeyDocument>(Query.Where(Filter.All, 1, SortBy.Asc("_id")), CancellationToken.None)
            .GetAwaiter().GetResult().FirstOrDefault();
}
