using Depo.Core.Approvals;
using Depo.Core.Audit;
using Depo.Core.Storage;
using Depo.Tests.Support;
using Depo.Tests.Support.Procurement;

namespace Depo.Tests.Api.Procurement.Orders;

/// <summary>The order's flow made with it (spec procurement §5.5), from the preferred active template.</summary>
public sealed class PurchaseOrderFlowCreationApiTests(DepoApiFactory app) : IClassFixture<DepoApiFactory>
{
    [Fact]
    public async Task Create_WithActiveTemplates_MakesTheFlowFromTheDepoProcurementOneInTheSameChange()
    {
        var signer = await app.CreateUserAsync();
        var now = DateTime.UtcNow;
        await app.Store.InsertAsync(new ApprovalTemplate
        {
            Id = DocumentId.New(),
            ObjectType = "procurement_order",
            ObjectSource = "other",
            Name = "Newer",
            UpdatedAt = now.AddDays(1),
            Officers = [OrderSeeds.RoleOfficer("admin")],
        }, default);
        await app.Store.InsertAsync(new ApprovalTemplate
        {
            Id = DocumentId.New(),
            ObjectType = "procurement_order",
            ObjectSource = "inactive-one",
            Name = "Inactive",
            Active = false,
            UpdatedAt = now.AddDays(2),
            Officers = [OrderSeeds.RoleOfficer("admin")],
        }, default);
        var preferred = new ApprovalTemplate
        {
            Id = DocumentId.New(),
            ObjectType = "procurement_order",
            ObjectSource = "depo_procurement",
            Name = "Procurement Order Approval",
            UpdatedAt = now,
            Officers =
            [
                new() { Type = "role", Reference = "admin", Action = "must_sign", Order = 2 },
                new() { Type = "person", Reference = signer.Id, Action = "must_sign", Order = 1 },
                new() { Type = "person", Reference = signer.Id, Action = "can_sign", Order = 3 },
                new() { Type = "role", Reference = "qa", Action = "informed", Order = 4 },
            ],
        };
        await app.Store.InsertAsync(preferred, default);
        var client = await app.SignedInClientAsync();

        var id = OrderSeeds.IdOf(await OrderSeeds.OrderAsync(client, await OrderSeeds.SupplierAsync(app.Store)));

        var flow = (await app.Store.FindAsync<ApprovalFlow>(Query.Where(Filter.Eq("object_id", id), 5), default)).Single();
        Assert.Equal((preferred.Id, "Procurement Order Approval", 2, ApprovalFlow.StatusPending), (flow.TemplateId, flow.TemplateName, flow.MinSignatures, flow.Status));
        Assert.Equal([signer.Id, "admin"], flow.RequiredOfficers!.Select(o => o.Reference));
        Assert.Equal("can_sign", Assert.Single(flow.OptionalOfficers!).Action);
        var audit = Assert.Single(await app.Store.FindAsync<AuditLogEntry>(
            Query.Where(Filter.Eq("action", "approval_flow_created") & Filter.Eq("resource_id", flow.Id), 5), default));
        Assert.Equal(id, audit.Details["object_id"].AsString);
        var response = await client.PatchAsync($"{OrderSeeds.Orders}/{id}/state?state_name=Processing", null);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
