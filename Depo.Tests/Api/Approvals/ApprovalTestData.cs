using Depo.Core.Approvals;
using Depo.Core.Approvals.Flows;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Users;
using Depo.Core.Procurement.Orders;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Tests.Api.Approvals;

/// <summary>Orders, templates and flows written straight into the store, so approval tests need no order routes.</summary>
public sealed class ApprovalTestData(IDocumentStore store)
{
    public async Task<string> StateIdAsync(string name)
    {
        await new PurchaseOrderStateSeeding(store).RunAsync(CancellationToken.None);
        var state = await store.FindOneAsync<PurchaseOrderState>(Filter.Eq("name", name), CancellationToken.None);
        return state!.Id;
    }

    /// <summary>An order in <paramref name="state"/> with one line of 10 at 2.5 EUR.</summary>
    public async Task<PurchaseOrder> OrderAsync(string createdBy, string state = PurchaseOrderState.Pending, int lineItems = 0)
    {
        var order = new PurchaseOrder
        {
            Id = DocumentId.New(),
            Reference = "PO-" + Random.Shared.Next(10_000, 99_999),
            SupplierId = ObjectId.GenerateNewId(),
            Currency = "EUR",
            IssueDate = "2026-01-05",
            TargetDate = "2026-01-20",
            StateId = ObjectId.Parse(await StateIdAsync(state)),
            Status = state,
            Items = [new PurchaseOrderLine { Id = DocumentId.New(), PartId = DocumentId.New(), Quantity = 10, PurchasePrice = 2.5m, PurchasePriceCurrency = "EUR" }],
            Lines = 1,
            LineItems = lineItems,
            CreatedBy = createdBy,
            CreatedAt = DateTime.UtcNow,
        };
        await store.InsertAsync(order, CancellationToken.None);
        return order;
    }

    /// <summary>The "Admin" role of the existing data (slug-less), made once per database.</summary>
    public async Task<Role> AdminRoleAsync()
    {
        var existing = await store.FindOneAsync<Role>(Filter.Eq("name", "Admin"), CancellationToken.None);
        if (existing is not null)
            return existing;
        var role = new Role { Id = DocumentId.New(), Name = "Admin" };
        await store.InsertAsync(role, CancellationToken.None);
        return role;
    }

    /// <summary>The role <see cref="Support.DepoApiFactory.CreateUserAsync"/> gave the user.</summary>
    public async Task<Role> RoleOfAsync(User user) =>
        (await store.GetAsync<Role>((await UserAsync(user.Id)).LocalRole!, CancellationToken.None))!;

    public static ApprovalOfficer Person(User user, string action = ApprovalOfficer.MustSign, string? meaning = null, int order = 0) =>
        new() { Type = ApprovalOfficer.Person, Reference = user.Id, Action = action, Meaning = meaning, Order = order };

    public static ApprovalOfficer Role(string reference, string action = ApprovalOfficer.MustSign, string? meaning = null, int order = 0) =>
        new() { Type = ApprovalOfficer.Role, Reference = reference, Action = action, Meaning = meaning, Order = order };

    /// <summary>A template of a unique object type (never the procurement one), stored.</summary>
    public async Task<ApprovalTemplate> TemplateAsync(params ApprovalOfficer[] officers) =>
        await TemplateAsync("test_" + Guid.NewGuid().ToString("N")[..8], "tests", officers);

    public async Task<ApprovalTemplate> TemplateAsync(string objectType, string objectSource, params ApprovalOfficer[] officers)
    {
        var template = new ApprovalTemplate
        {
            Id = DocumentId.New(),
            ObjectType = objectType,
            ObjectSource = objectSource,
            Name = "Template " + objectType,
            Officers = [.. officers],
            Active = true,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        await store.InsertAsync(template, CancellationToken.None);
        return template;
    }

    /// <summary>The active procurement template, made once per database (one per object type and source).</summary>
    public async Task<ApprovalTemplate> ProcurementTemplateAsync(params ApprovalOfficer[] officers)
    {
        var existing = await store.FindOneAsync<ApprovalTemplate>(
            Filter.Eq("object_type", ApprovalCollections.ProcurementOrder) & Filter.Eq("object_source", ApprovalCollections.ProcurementSource),
            CancellationToken.None);
        return existing ?? await TemplateAsync(ApprovalCollections.ProcurementOrder, ApprovalCollections.ProcurementSource, officers);
    }

    /// <summary>The order's flow with these officers, stored as the order's creation would store it.</summary>
    public async Task<ApprovalFlow> OrderFlowAsync(PurchaseOrder order, params ApprovalOfficer[] officers)
    {
        var template = new ApprovalTemplate { Id = DocumentId.New(), Name = "Procurement Order Approval", Officers = [.. officers] };
        var flow = ApprovalFlowFactory.Create(
            template, ApprovalCollections.ProcurementOrder, ApprovalCollections.ProcurementSource, order.Id, DateTime.UtcNow, onlyKnownActions: true);
        await store.CommitAsync(new ChangeSet().Insert(flow).Insert(ApprovalFlowClaim.For(flow)), CancellationToken.None);
        return flow;
    }

    /// <summary>A flow of a type no module owns, for the generic routes.</summary>
    public async Task<ApprovalFlow> GenericFlowAsync(params ApprovalOfficer[] officers)
    {
        var template = await TemplateAsync(officers);
        var flow = ApprovalFlowFactory.Create(template, template.ObjectType, "tests", DocumentId.New(), DateTime.UtcNow, onlyKnownActions: false);
        await store.InsertAsync(flow, CancellationToken.None);
        return flow;
    }

    public async Task<ApprovalFlow> FlowAsync(string flowId) => (await store.GetAsync<ApprovalFlow>(flowId, CancellationToken.None))!;

    public async Task<PurchaseOrder> ReloadAsync(PurchaseOrder order) => (await store.GetAsync<PurchaseOrder>(order.Id, CancellationToken.None))!;

    public async Task<User> UserAsync(string id) => (await store.GetAsync<User>(id, CancellationToken.None))!;
}
