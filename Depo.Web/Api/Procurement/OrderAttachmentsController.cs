using System.Globalization;
using System.Text.Json.Nodes;
using Depo.Core.Procurement;
using Depo.Core.Procurement.Attachments;
using Depo.Web.Api.OpenApi;
using Depo.Web.Auth;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Procurement;

/// <summary>An order's attachments: list, upload, authenticated download, delete (spec procurement §5.8, §5.9).</summary>
[ApiController, Authorize]
[Route("modules/depo_procurement/api/purchase-orders/{order_id}/attachments")]
public sealed class OrderAttachmentsController(AttachmentService attachments) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<IReadOnlyList<JsonObject>> ListAsync([FromRoute(Name = "order_id")] string orderId, CancellationToken cancellationToken)
    {
        var found = await attachments.ListAsync(orderId, HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = found.Count.ToString(CultureInfo.InvariantCulture);
        return [.. found.Select(AttachmentJson.From)];
    }

    [HttpPost("")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> UploadAsync(
        [FromRoute(Name = "order_id")] string orderId, IFormFile? file, [FromForm] string? comment, CancellationToken cancellationToken)
    {
        await using var content = file?.OpenReadStream() ?? Stream.Null;
        var upload = file is null ? null : new AttachmentUpload(file.FileName, file.Length, content, comment);
        return AttachmentJson.From(await attachments.UploadAsync(orderId, upload, HttpContext.ToActor(), cancellationToken));
    }

    [HttpGet("{attachment_id}/download")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.ReadRight)]
    public async Task<IActionResult> DownloadAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromRoute(Name = "attachment_id")] string attachmentId,
        CancellationToken cancellationToken)
    {
        var (attachment, content) = await attachments.OpenAsync(orderId, attachmentId, HttpContext.ToActor(), cancellationToken);
        return File(content, attachment.ContentType is { Length: > 0 } type ? type : "application/octet-stream", attachment.Filename);
    }

    [HttpDelete("{attachment_id}")]
    [Access(AccessLevel.User, ApiRight = ProcurementAccess.WriteRight)]
    public async Task<JsonObject> DeleteAsync(
        [FromRoute(Name = "order_id")] string orderId, [FromRoute(Name = "attachment_id")] string attachmentId,
        CancellationToken cancellationToken)
    {
        await attachments.DeleteAsync(orderId, attachmentId, HttpContext.ToActor(), cancellationToken);
        return new JsonObject { ["success"] = true };
    }
}
