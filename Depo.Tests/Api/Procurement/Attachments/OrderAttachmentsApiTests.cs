using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Procurement.Attachments;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Attachments;

/// <summary>An order's attachments: upload checks, authenticated download, delete that keeps shared content (spec procurement §5.8).</summary>
public sealed class OrderAttachmentsApiTests(AttachmentsApiFactory app) : IClassFixture<AttachmentsApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    [Fact]
    public async Task Upload_Pdf_StoresContentByHashAndListsItWithADownloadUrl()
    {
        var order = await PendingOrderAsync();
        var client = await app.SignedInClientAsync(permissions: ["procurement.edit", "procurement.view"]);
        var pdf = AttachmentForms.UniquePdf();

        var response = await client.PostAsync(Url(order), AttachmentForms.File(pdf, "C:\\scans\\oferta furnizor.pdf", " oferta ", "text/plain"));

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        Assert.Equal(("oferta furnizor.pdf", hash, "application/pdf", pdf.Length, "oferta", order.Id),
            (json.GetProperty("filename").GetString(), json.GetProperty("file_hash").GetString(), json.GetProperty("content_type").GetString(),
             json.GetProperty("size").GetInt32(), json.GetProperty("comment").GetString(), json.GetProperty("order_id").GetString()));
        Assert.True(File.Exists(Path.Combine(app.FilesRoot, hash[..2], hash)));
        JsonAssert.IsWireDate(json.GetProperty("created_at"));
        var list = await client.GetFromJsonAsync<JsonElement>(Url(order));
        var listed = Assert.Single(list.EnumerateArray());
        var id = json.GetProperty("_id").GetString();
        Assert.Equal($"{ReceivingSeed.Base}/{order.Id}/attachments/{id}/download", listed.GetProperty("download_url").GetString());
        var entry = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", "attachment_uploaded") & Filter.Eq("resource_id", order.Id), 5), default));
        Assert.Equal((id, "oferta furnizor.pdf"), (entry.Details["attachment_id"].AsString, entry.Details["filename"].AsString));
    }

    [Fact]
    public async Task Download_ByTheOrder_StreamsTheStoredTypeAsAnAttachment()
    {
        var order = await PendingOrderAsync();
        var client = await app.SignedInClientAsync();
        var pdf = AttachmentForms.UniquePdf();
        var uploaded = await UploadAsync(client, order, pdf, "Factură nr 5.pdf");

        var response = await client.GetAsync(uploaded.GetProperty("download_url").GetString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal(("attachment", "Factură nr 5.pdf"), (disposition.DispositionType, disposition.FileNameStar));
        var other = await PendingOrderAsync();
        var wrongOrder = await client.GetAsync($"{ReceivingSeed.Base}/{other.Id}/attachments/{uploaded.GetProperty("_id").GetString()}/download");
        await AccessAssert.AnswersAsync(wrongOrder, HttpStatusCode.NotFound, "Attachment not found");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(uploaded.GetProperty("download_url").GetString())).StatusCode);
    }

    [Fact]
    public async Task Trap_7_24_Attachments_SizeTypeOrderAndSharedContentAreChecked()
    {
        var order = await PendingOrderAsync();
        var client = await app.SignedInClientAsync();

        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File(new byte[1024 * 1024 + 1], "big.pdf")), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File(AttachmentForms.Pdf, "run.exe")), HttpStatusCode.UnsupportedMediaType);
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File("<html/>"u8.ToArray(), "fake.pdf")), HttpStatusCode.UnsupportedMediaType);
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File([], "empty.pdf")), HttpStatusCode.BadRequest, "file");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), new MultipartFormDataContent { { new StringContent("x"), "comment" } }), HttpStatusCode.BadRequest, "file");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File(AttachmentForms.Pdf, new string('a', 252) + ".pdf")), HttpStatusCode.BadRequest, "file");
        await ProblemAssert.IsProblemAsync(await client.PostAsync(Url(order), AttachmentForms.File(AttachmentForms.Pdf, "a.pdf", new string('c', 1001))), HttpStatusCode.BadRequest, "comment");
        Assert.Empty(await app.Store.FindAsync<PurchaseOrderAttachment>(Query.Where(Filter.Eq("order_id", MongoDB.Bson.ObjectId.Parse(order.Id)), 5), default));

        // The same content on two orders: deleting one keeps the file for the other.
        var shared = AttachmentForms.UniquePdf();
        var first = await UploadAsync(client, order, shared, "a.pdf");
        var otherOrder = await PendingOrderAsync();
        var second = await UploadAsync(client, otherOrder, shared, "b.pdf");
        var path = Path.Combine(app.FilesRoot, first.GetProperty("file_hash").GetString()![..2], first.GetProperty("file_hash").GetString()!);
        var wrongOrder = await client.DeleteAsync($"{Url(otherOrder)}/{first.GetProperty("_id").GetString()}");
        await AccessAssert.AnswersAsync(wrongOrder, HttpStatusCode.NotFound, "Attachment not found");
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Url(order)}/{first.GetProperty("_id").GetString()}"), HttpStatusCode.OK);
        Assert.True(File.Exists(path));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(second.GetProperty("download_url").GetString())).StatusCode);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Url(otherOrder)}/{second.GetProperty("_id").GetString()}"), HttpStatusCode.OK);
        Assert.False(File.Exists(path));
        Assert.Single(await app.Store.FindAsync<AuditLogEntry>(Query.Where(Filter.Eq("action", "attachment_deleted") & Filter.Eq("resource_id", order.Id), 5), default));
    }

    [Fact]
    public async Task Upload_OfficeAndImageFiles_AreAcceptedByContent()
    {
        var order = await PendingOrderAsync();
        var client = await app.SignedInClientAsync();
        var docx = Core.Files.FileContentSnifferTests.Zip("[Content_Types].xml", "word/document.xml").ToArray();

        var word = await UploadAsync(client, order, docx, "specificatie.docx");
        var image = await UploadAsync(client, order, Core.Files.FileContentSnifferTests.Sample("png"), "eticheta.PNG");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.GetProperty("content_type").GetString());
        Assert.Equal("image/png", image.GetProperty("content_type").GetString());
        var fakeDocx = await client.PostAsync(Url(order), AttachmentForms.File(Core.Files.FileContentSnifferTests.Zip("a.txt").ToArray(), "x.docx"));
        await ProblemAssert.IsProblemAsync(fakeDocx, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UploadAndDelete_RuleE_StateSignaturesAndPermission()
    {
        var client = await app.SignedInClientAsync();
        var processing = await seed.OrderAsync(PurchaseOrderState.Processing);
        await AccessAssert.AnswersAsync(await client.PostAsync(Url(processing), AttachmentForms.File(AttachmentForms.Pdf, "a.pdf")),
            HttpStatusCode.Conflict, "The order can no longer be changed");

        var signed = await PendingOrderAsync();
        var admin = await app.SignedInClientAsync(admin: true);
        var attachment = await UploadAsync(admin, signed, AttachmentForms.UniquePdf(), "a.pdf");
        await app.Store.InsertAsync(new ApprovalFlow
        {
            Id = DocumentId.New(),
            ObjectType = ApprovalCollections.ProcurementOrder,
            ObjectId = signed.Id,
            CreatedAt = DateTime.UtcNow,
            Signatures = [new ApprovalSignature { UserId = DocumentId.New(), Username = "officer", SignedAt = DateTime.UtcNow, SignatureHash = "h" }],
        }, default);
        const string Signed = "The order has been signed; only an administrator can change it";
        await AccessAssert.AnswersAsync(await client.PostAsync(Url(signed), AttachmentForms.File(AttachmentForms.Pdf, "a.pdf")), HttpStatusCode.Forbidden, Signed);
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Url(signed)}/{attachment.GetProperty("_id").GetString()}"), HttpStatusCode.Forbidden, Signed);
        await AccessAssert.AnswersAsync(await admin.DeleteAsync($"{Url(signed)}/{attachment.GetProperty("_id").GetString()}"), HttpStatusCode.OK);

        var viewer = await app.SignedInClientAsync(permissions: ["procurement.view"]);
        var pending = await PendingOrderAsync();
        await AccessAssert.AnswersAsync(await viewer.PostAsync(Url(pending), AttachmentForms.File(AttachmentForms.Pdf, "a.pdf")),
            HttpStatusCode.Forbidden, "Permission required: procurement.edit");
        await AccessAssert.AnswersAsync(await client.DeleteAsync($"{Url(pending)}/{DocumentId.New()}"), HttpStatusCode.NotFound, "Attachment not found");
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"{Url(pending)}/nothex"), HttpStatusCode.BadRequest, "attachment_id");
        await AccessAssert.AnswersAsync(await client.GetAsync(Url(DocumentId.New())), HttpStatusCode.NotFound, "Purchase order not found");
        await ProblemAssert.IsProblemAsync(await client.GetAsync(Url("12")), HttpStatusCode.BadRequest, "order_id");
    }

    private async Task<PurchaseOrder> PendingOrderAsync()
    {
        await seed.EnsureReferenceDataAsync();
        return await seed.OrderAsync(PurchaseOrderState.Pending, (await seed.PartAsync(), 1m));
    }

    private static string Url(PurchaseOrder order) => Url(order.Id);

    private static string Url(string orderId) => $"{ReceivingSeed.Base}/{orderId}/attachments";

    private static async Task<JsonElement> UploadAsync(HttpClient client, PurchaseOrder order, byte[] content, string filename)
    {
        var response = await client.PostAsync(Url(order), AttachmentForms.File(content, filename));
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json;
    }
}
