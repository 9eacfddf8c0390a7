using System.Globalization;
using Depo.Core.Common.Errors;
using Depo.Core.Procurement.Attachments;
using Depo.Web.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Depo.Web.Components.Pages.Procurement.Receiving;

/// <summary>
/// The Attachments tab of an order (spec procurement §8.5): drag-and-drop upload of one file at a time and delete
/// with confirmation while rule E allows; downloads go through the authenticated route.
/// </summary>
public partial class OrderAttachmentsPanel
{
    private IReadOnlyList<PurchaseOrderAttachment>? attachments;
    private string? failure, comment;
    private bool denied, mayChange, uploading;

    [Parameter, EditorRequired]
    public string OrderId { get; set; } = "";

    protected override Task OnParametersSetAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        try
        {
            var actor = await GetActorAsync();
            attachments = await Attachments.ListAsync(OrderId, actor, Aborted);
            mayChange = await Attachments.MayChangeAsync(OrderId, actor, Aborted);
        }
        catch (ForbiddenException) { denied = true; }
        catch (DepoException error) { failure = SnackbarNotices.FailureText(error, T); }
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null || uploading)
            return;
        uploading = true;
        try
        {
            // The service checks the size before reading, so the stream itself sets no lower limit.
            await using var content = file.OpenReadStream(Math.Max(file.Size, 1), Aborted);
            var upload = new AttachmentUpload(file.Name, file.Size, content, comment);
            await Attachments.UploadAsync(OrderId, upload, await GetActorAsync(), Aborted);
            comment = null;
            Snackbar.Success(T["File uploaded"]);
            await LoadAsync();
        }
        catch (DepoException error)
        {
            Snackbar.Failure(error, T);
        }
        finally
        {
            uploading = false;
        }
    }

    private async Task DeleteAsync(PurchaseOrderAttachment attachment)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Delete attachment"],
            string.Format(CultureInfo.CurrentCulture, T["Delete {0}?"], attachment.Filename), yesText: T["Delete"], cancelText: T["Cancel"]);
        if (confirmed != true)
            return;
        try
        {
            await Attachments.DeleteAsync(OrderId, attachment.Id, await GetActorAsync(), Aborted);
            Snackbar.Success(T["Attachment deleted"]);
            await LoadAsync();
        }
        catch (DepoException error)
        {
            Snackbar.Failure(error, T);
        }
    }

    private string DownloadUrl(PurchaseOrderAttachment attachment) =>
        $"/modules/depo_procurement/api/purchase-orders/{OrderId}/attachments/{attachment.Id}/download";

    private static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Format(CultureInfo.CurrentCulture, "{0:0.#} KB", bytes / 1024.0),
        _ => string.Format(CultureInfo.CurrentCulture, "{0:0.#} MB", bytes / (1024.0 * 1024)),
    };
}
