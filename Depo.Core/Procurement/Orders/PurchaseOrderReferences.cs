using System.Globalization;
using System.Text.RegularExpressions;
using Depo.Core.Common.Errors;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Orders;

/// <summary>
/// Order references (spec procurement §5.2, trap 7.21): numbers from the atomic sequence
/// <c>purchase_order_reference</c>, raised once per process to the largest numeric <c>PO-n</c> suffix (compared as
/// numbers, never as text); supplied references unique, a supplied larger <c>PO-n</c> raising the counter.
/// </summary>
public sealed partial class PurchaseOrderReferences(IDocumentStore store)
{
    public const string Taken = "Reference already exists";
    public const int MaxLength = 50;

    // Existing references read once per process to initialise the counter.
    private const int MaxExistingReferences = 1_000_000;

    private volatile bool initialised;

    public static string Format(long number) => "PO-" + number.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>The number of a <c>PO-n</c> reference, or null for any other text.</summary>
    public static long? NumberOf(string? reference) =>
        reference is not null && Numbered().Match(reference) is { Success: true } match
        && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The next free generated reference.</summary>
    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        await InitialiseAsync(cancellationToken);
        while (true)
        {
            var reference = Format(await store.NextSequenceAsync(ProcurementCollections.ReferenceSequence, cancellationToken));
            if (!await IsTakenAsync(reference, null, cancellationToken))
                return reference;
        }
    }

    /// <summary>A supplied reference: 409 when another order holds it; a larger <c>PO-n</c> raises the counter.</summary>
    public async Task AcceptSuppliedAsync(string reference, string? orderId, CancellationToken cancellationToken)
    {
        if (await IsTakenAsync(reference, orderId, cancellationToken))
            throw new ConflictException(Taken);
        await InitialiseAsync(cancellationToken);
        if (NumberOf(reference) is { } number)
            await store.RaiseSequenceAsync(ProcurementCollections.ReferenceSequence, number, cancellationToken);
    }

    /// <summary>Adds the claim of <paramref name="reference"/> for the order, releasing the one of <paramref name="previous"/>.</summary>
    public async Task ClaimAsync(ChangeSet changes, string orderId, string? previous, string reference, CancellationToken cancellationToken)
    {
        if (previous is not null && await store.GetAsync<PurchaseOrderReferenceClaim>(PurchaseOrderReferenceClaim.IdOf(previous), cancellationToken) is { } held
            && string.Equals(held.OrderId, orderId, StringComparison.OrdinalIgnoreCase))
        {
            changes.Delete<PurchaseOrderReferenceClaim>(held.Id);
        }
        changes.Insert(PurchaseOrderReferenceClaim.For(reference, orderId));
    }

    /// <summary>Commits a change set holding a claim: a claim already held answers 409 "Reference already exists".</summary>
    public async Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken)
    {
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ConflictException(Taken);
        }
    }

    private async Task<bool> IsTakenAsync(string reference, string? exceptOrderId, CancellationToken cancellationToken)
    {
        var filter = Filter.Eq("reference", reference);
        if (exceptOrderId is not null)
            filter &= Filter.Ne("_id", ObjectId.Parse(exceptOrderId));
        return await store.CountAsync<PurchaseOrder>(filter, cancellationToken) > 0;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (initialised)
            return;
        var references = await store.DistinctAsync<PurchaseOrder>("reference", Filter.All, MaxExistingReferences, cancellationToken);
        var largest = references.Where(r => r.IsString).Select(r => NumberOf(r.AsString) ?? 0).DefaultIfEmpty(0).Max();
        await store.RaiseSequenceAsync(ProcurementCollections.ReferenceSequence, largest, cancellationToken);
        initialised = true;
    }

    [GeneratedRegex(@"^PO-(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
