using Bunit;
using Bunit.Rendering;
using Depo.Core.Procurement.Attachments;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;
using Depo.Web.Components.Pages.Procurement.Receiving;
using Microsoft.AspNetCore.Components.Forms;
using MongoDB.Bson;
using MudBlazor;

namespace Depo.Tests.Components.Procurement.Receiving;

/// <summary>The Attachments tab of an order (spec procurement §8.5) over the real attachment service and disk store.</summary>
public sealed class OrderAttachmentsPanelTests
{
    [Fact]
    public async Task Upload_Pdf_ListsItWithItsDownloadLinkThenDeleteAfterConfirmation()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await RenderAsync(context, PurchaseOrderState.Pending);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=empty-state]")));

        page.Find("[data-testid=attachment-comment] input, input[data-testid=attachment-comment]").Change("oferta");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(AttachmentForms.UniquePdf(), "oferta.pdf", contentType: "application/pdf"));

        page.WaitForAssertion(() => Assert.Contains("oferta.pdf", page.Find("[data-testid=attachments-table]").TextContent), TimeSpan.FromSeconds(10));
        var stored = Assert.Single(await AttachmentsAsync(context, order));
        Assert.Equal(("application/pdf", "oferta"), (stored.ContentType, stored.Comment));
        Assert.EndsWith($"/attachments/{stored.Id}/download", page.Find("[data-testid=attachment-download]").GetAttribute("href"));

        page.Find("[data-testid=attachment-delete]").Click();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".mud-message-box")));
        page.FindAll(".mud-message-box button").Single(b => b.TextContent.Contains("Delete")).Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=empty-state]")), TimeSpan.FromSeconds(10));
        Assert.Empty(await AttachmentsAsync(context, order));
    }

    [Fact]
    public async Task Upload_ContentThatIsNotItsType_ShowsTheServerMessageAndStoresNothing()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await RenderAsync(context, PurchaseOrderState.Pending);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=empty-state]")));

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("<script/>", "invoice.pdf"));

        page.WaitForAssertion(() => Assert.Contains("not a valid pdf file", page.Markup), TimeSpan.FromSeconds(10));
        Assert.Empty(await AttachmentsAsync(context, order));
    }

    [Fact]
    public async Task Render_OrderPastPending_ListsButOffersNoUploadOrDelete()
    {
        await using var context = new DepoTestContext();
        var (order, page) = await RenderAsync(context, PurchaseOrderState.Processing);
        await context.Store.InsertAsync(new PurchaseOrderAttachment
        {
            Id = DocumentId.New(),
            OrderId = order.Id,
            Filename = "contract.pdf",
            FileHash = new string('a', 64),
            FilePath = new string('a', 64),
            ContentType = "application/pdf",
            Size = 10,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "buyer",
        }, default);

        page.Render();
        page.FindComponent<OrderAttachmentsPanel>().Render(parameters => parameters.Add(p => p.OrderId, order.Id));

        page.WaitForAssertion(() => Assert.Contains("contract.pdf", page.Find("[data-testid=attachments-table]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=attachment-upload]"));
        Assert.Empty(page.FindAll("[data-testid=attachment-delete]"));
    }

    private static Task<IReadOnlyList<PurchaseOrderAttachment>> AttachmentsAsync(DepoTestContext context, PurchaseOrder order) =>
        context.Store.FindAsync<PurchaseOrderAttachment>(Query.Where(Filter.Eq("order_id", ObjectId.Parse(order.Id)), 5), default);

    private static async Task<(PurchaseOrder, IRenderedComponent<ContainerFragment>)> RenderAsync(DepoTestContext context, string state)
    {
        await new PurchaseOrderStateSeeding(context.Store).RunAsync(default);
        var seed = new ReceivingSeed(context.Store);
        await seed.EnsureReferenceDataAsync();
        var order = await seed.OrderAsync(state, (await seed.PartAsync(), 1m));
        context.SignInAs(await context.CreateUserAsync(admin: true));
        var page = context.Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<MudSnackbarProvider>(2);
            builder.CloseComponent();
            builder.OpenComponent<OrderAttachmentsPanel>(3);
            builder.AddAttribute(4, nameof(OrderAttachmentsPanel.OrderId), order.Id);
            builder.CloseComponent();
        });
        return (order, page);
    }
}
