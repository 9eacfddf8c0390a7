using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Depo.Core.Procurement.Orders;
using Depo.Tests.Api.Procurement.Receiving;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Attachments;

/// <summary>The four attachment routes for every kind of caller (spec procurement §5.9).</summary>
public sealed class OrderAttachmentsAccessApiTests(AttachmentsApiFactory app) : IClassFixture<AttachmentsApiFactory>
{
    private readonly ReceivingSeed seed = new(app.Store);

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task List_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (order, _) = await OrderWithAttachmentAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.ReadRight);

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.ReadRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(await client.GetAsync($"{ReceivingSeed.Base}/{order.Id}/attachments"), status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Download_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (_, attachment) = await OrderWithAttachmentAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.ReadRight);

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.ReadRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(await client.GetAsync(attachment.GetProperty("download_url").GetString()), status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Upload_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (order, _) = await OrderWithAttachmentAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.WriteRight);

        var response = await client.PostAsync($"{ReceivingSeed.Base}/{order.Id}/attachments", AttachmentForms.File(AttachmentForms.UniquePdf(), "a.pdf"));

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.WriteRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    [Theory]
    [MemberData(nameof(AccessAssert.AllCredentials), MemberType = typeof(AccessAssert))]
    public async Task Delete_EachCredential_AnswersByItsLevel(Credential credential)
    {
        var (order, attachment) = await OrderWithAttachmentAsync();
        var client = await app.ClientAsAsync(credential, ProcurementAccessLevels.WriteRight);

        var response = await client.DeleteAsync($"{ReceivingSeed.Base}/{order.Id}/attachments/{attachment.GetProperty("_id").GetString()}");

        var (status, detail) = ProcurementAccessLevels.UserOrToken(credential, ProcurementAccessLevels.WriteRight, HttpStatusCode.OK);
        await AccessAssert.AnswersAsync(response, status, detail);
    }

    private async Task<(PurchaseOrder Order, JsonElement Attachment)> OrderWithAttachmentAsync()
    {
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(PurchaseOrderState.Pending, (await seed.PartAsync(), 1m));
        var admin = await app.SignedInClientAsync(admin: true);
        var response = await admin.PostAsync($"{ReceivingSeed.Base}/{order.Id}/attachments", AttachmentForms.File(AttachmentForms.UniquePdf(), "a.pdf"));
        return (order, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
