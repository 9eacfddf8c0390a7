using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Files;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Microsoft.Extensions.Options;
using MongoDB.Bson;

namespace Depo.Core.Procurement.Attachments;

/// <summary>
/// An order's attachments (spec procurement §5.8): content in the content-addressed file store, checked by size
/// and by content; metadata and audit in one change set; content deleted only when nothing references it any more.
/// </summary>
public sealed class AttachmentService(
    IDocumentStore store, IFileStore files, PurchaseOrderReader orders, OrderEditRule editRule, AuditWriter audit,
    TimeProvider clock, IOptions<FileUploadOptions> options)
{
    public const int MaxAttachments = 1000;
    public const int MaxCommentLength = 1000;
    public const string NotFound = "Attachment not found";

    public int MaxSizeMb => options.Value.MaxSizeMb;

    public async Task<IReadOnlyList<PurchaseOrderAttachment>> ListAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        return await store.FindAsync<PurchaseOrderAttachment>(
            Query.Where(Filter.RefersTo("order_id", order.Id), MaxAttachments, SortBy.Desc("created_at"), SortBy.Desc("_id")), cancellationToken);
    }

    /// <summary>Whether rule E lets <paramref name="actor"/> upload and delete now (for the page; the writes check again).</summary>
    public async Task<bool> MayChangeAsync(string orderId, Actor actor, CancellationToken cancellationToken)
    {
        var order = await orders.LoadAsync(orderId, cancellationToken);
        try
        {
            await editRule.DemandAsync(order, (await OrderStateBook.LoadAsync(store, cancellationToken)).NameOf(order), actor, cancellationToken);
            return true;
        }
        catch (DepoException)
        {
            return false;
        }
    }

    public async Task<PurchaseOrderAttachment> UploadAsync(string orderId, AttachmentUpload? upload, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        await editRule.DemandAsync(order, (await OrderStateBook.LoadAsync(store, cancellationToken)).NameOf(order), actor, cancellationToken);
        var (filename, contentType, comment, content) = await AttachmentChecks.AcceptAsync(upload, options.Value, cancellationToken);
        await using (content)
        {
            var stored = await files.PutAsync(content, cancellationToken);
            var attachment = new PurchaseOrderAttachment
            {
                Id = DocumentId.New(),
                OrderId = order.Id,
                Filename = filename,
                FileHash = stored.Hash,
                FilePath = stored.Location,
                ContentType = contentType,
                Size = stored.Size,
                Comment = comment,
                CreatedAt = clock.GetUtcNow().UtcDateTime,
                CreatedBy = actor.Username,
            };
            var changes = new ChangeSet().Insert(attachment);
            audit.Add(changes, actor, "attachment_uploaded", "purchase_order", order.Id, Details(attachment));
            try
            {
                await store.CommitAsync(changes, cancellationToken);
            }
            catch
            {
                await DeleteUnreferencedAsync(attachment, CancellationToken.None);
                throw;
            }
            return attachment;
        }
    }

    /// <summary>The attachment of the order and its content; 404 when either is missing.</summary>
    public async Task<(PurchaseOrderAttachment Attachment, Stream Content)> OpenAsync(
        string orderId, string attachmentId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandView(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var attachment = await OfOrderAsync(order, attachmentId, cancellationToken);
        var content = await files.OpenAsync(Location(attachment), cancellationToken)
            ?? throw new NotFoundException("Attachment content not found");
        return (attachment, content);
    }

    public async Task DeleteAsync(string orderId, string attachmentId, Actor actor, CancellationToken cancellationToken)
    {
        ProcurementAccess.DemandEdit(actor);
        var order = await orders.LoadAsync(orderId, cancellationToken);
        var attachment = await OfOrderAsync(order, attachmentId, cancellationToken);
        await editRule.DemandAsync(order, (await OrderStateBook.LoadAsync(store, cancellationToken)).NameOf(order), actor, cancellationToken);
        var changes = new ChangeSet().Delete<PurchaseOrderAttachment>(attachment.Id);
        audit.Add(changes, actor, "attachment_deleted", "purchase_order", order.Id, Details(attachment));
        await store.CommitAsync(changes, cancellationToken);
        await DeleteUnreferencedAsync(attachment, cancellationToken);
    }

    // spec procurement §5.8: the content stays while another attachment holds the same hash.
    private async Task DeleteUnreferencedAsync(PurchaseOrderAttachment attachment, CancellationToken cancellationToken)
    {
        var stillUsed = !string.IsNullOrEmpty(attachment.FileHash)
            && await store.CountAsync<PurchaseOrderAttachment>(Filter.Eq("file_hash", attachment.FileHash), cancellationToken) > 0;
        if (!stillUsed)
            await files.DeleteAsync(Location(attachment), cancellationToken);
    }

    private async Task<PurchaseOrderAttachment> OfOrderAsync(PurchaseOrder order, string attachmentId, CancellationToken cancellationToken)
    {
        var id = DocumentId.Parse(attachmentId, "attachment_id");
        var attachment = await store.GetAsync<PurchaseOrderAttachment>(id, cancellationToken);
        return attachment is not null && string.Equals(attachment.OrderId, order.Id, StringComparison.OrdinalIgnoreCase)
            ? attachment : throw new NotFoundException(NotFound);
    }

    // Older documents may lack the path but hold the hash, which is the content's address.
    private static string Location(PurchaseOrderAttachment attachment) =>
        FileLocation.Parse(attachment.FilePath) is not null ? attachment.FilePath : attachment.FileHash;

    private static BsonDocument Details(PurchaseOrderAttachment attachment) =>
        new() { ["attachment_id"] = attachment.Id, ["filename"] = attachment.Filename };
}
