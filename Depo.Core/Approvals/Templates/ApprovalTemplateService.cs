using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Approvals.Templates;

/// <summary>Approval templates (spec procurement §4.1, §4.9): admin only; later edits never change existing flows.</summary>
public sealed class ApprovalTemplateService(IDocumentStore store, AuditWriter audit, TimeProvider clock, OfficerValidation officers)
{
    public const string NotFound = "Template not found";
    public const string AlreadyExists = "Template already exists for this object type and source";
    public const int MaxTemplates = 1000;

    public async Task<IReadOnlyList<ApprovalTemplate>> ListAsync(
        string? objectType, string? objectSource, string? active, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var onlyActive = QueryFlag.Parse(active, "active");
        var filter = Filter.All;
        if (!string.IsNullOrEmpty(objectType))
            filter &= Filter.Eq("object_type", objectType);
        if (!string.IsNullOrEmpty(objectSource))
            filter &= Filter.Eq("object_source", objectSource);
        if (onlyActive is { } wanted)
            filter &= wanted ? Filter.Ne("active", false) : Filter.Eq("active", false);
        return await store.FindAsync<ApprovalTemplate>(
            Query.Where(filter, MaxTemplates, SortBy.Asc("object_type"), SortBy.Asc("name")), cancellationToken);
    }

    public async Task<ApprovalTemplate> GetAsync(string templateId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        return await FindAsync(templateId, cancellationToken);
    }

    public async Task<ApprovalTemplate> CreateAsync(CreateApprovalTemplateInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var errors = InputErrors.Of(input);
        var checkedOfficers = await officers.CheckAsync(input.Officers, errors, cancellationToken);
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var template = new ApprovalTemplate
        {
            Id = DocumentId.New(),
            ObjectType = input.ObjectType!.Trim(),
            ObjectSource = input.ObjectSource!.Trim(),
            Name = input.Name!.Trim(),
            Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim(),
            Officers = checkedOfficers,
            Active = input.Active ?? true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var taken = Filter.Eq("object_type", template.ObjectType) & Filter.Eq("object_source", template.ObjectSource);
        if (await store.FindOneAsync<ApprovalTemplate>(taken, cancellationToken) is not null)
            throw new ValidationFailedException(AlreadyExists, new Dictionary<string, string[]>());
        var changes = new ChangeSet().Insert(template);
        audit.Add(changes, actor, "approval_template_created", "approval_template", template.Id, Details(template));
        try
        {
            await store.CommitAsync(changes, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            throw new ValidationFailedException(AlreadyExists, new Dictionary<string, string[]>());
        }
        return template;
    }

    public async Task<ApprovalTemplate> UpdateAsync(
        string templateId, UpdateApprovalTemplateInput input, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var template = await FindAsync(templateId, cancellationToken);
        if (input.IsEmpty)
            throw new ValidationFailedException("No fields to update", new Dictionary<string, string[]>());
        var errors = InputErrors.Of(input);
        var checkedOfficers = input.Officers is null ? null : await officers.CheckAsync(input.Officers, errors, cancellationToken);
        errors.ThrowIfAny();
        var before = template.ToBsonDocument();
        template.Name = input.Name?.Trim() ?? template.Name;
        if (input.Description is not null)
            template.Description = input.Description.Trim().Length == 0 ? null : input.Description.Trim();
        template.Officers = checkedOfficers ?? template.Officers;
        template.Active = input.Active ?? template.Active;
        template.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var details = Details(template);
        details["updated_fields"] = new BsonArray(AuditWriter.FieldChanges(before, template.ToBsonDocument()).Names);
        var changes = new ChangeSet().Replace(template);
        audit.Add(changes, actor, "approval_template_updated", "approval_template", template.Id, details);
        await store.CommitAsync(changes, cancellationToken);
        return template;
    }

    public async Task DeleteAsync(string templateId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var template = await FindAsync(templateId, cancellationToken);
        var changes = new ChangeSet().Delete<ApprovalTemplate>(template.Id);
        audit.Add(changes, actor, "approval_template_deleted", "approval_template", template.Id, Details(template));
        await store.CommitAsync(changes, cancellationToken);
    }

    private async Task<ApprovalTemplate> FindAsync(string templateId, CancellationToken cancellationToken) =>
        await store.GetAsync<ApprovalTemplate>(DocumentId.Parse(templateId, "template_id"), cancellationToken)
            ?? throw new NotFoundException(NotFound);

    private static BsonDocument Details(ApprovalTemplate template) =>
        new() { ["name"] = template.Name, ["object_type"] = template.ObjectType };
}
