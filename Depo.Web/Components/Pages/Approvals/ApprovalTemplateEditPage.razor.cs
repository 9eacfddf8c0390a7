using Depo.Core.Approvals.Templates;
using Depo.Core.Common.Errors;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Depo.Web.Components.Pages.Approvals;

/// <summary>Creates or edits an approval template (spec procurement §8.8); field and per-officer errors come from the server's rules (§4.1).</summary>
public partial class ApprovalTemplateEditPage
{
    private readonly CreateApprovalTemplateInput form = new() { Active = true, Officers = [] };
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private ServerErrors? serverErrors;
    private bool ready, denied, notFound, saving;

    [Parameter]
    public string? TemplateId { get; set; }

    [Inject]
    private ApprovalTemplateService Templates { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<ProcurementText> T { get; set; } = null!;

    private bool IsNew => TemplateId is null;

    protected override async Task OnParametersSetAsync()
    {
        var actor = await GetActorAsync();
        if (!actor.IsAdmin || !actor.IsSignedInUser)
        {
            denied = true;
            return;
        }
        if (TemplateId is not null)
        {
            try
            {
                var template = await Templates.GetAsync(TemplateId, actor, Aborted);
                (form.ObjectType, form.ObjectSource, form.Name, form.Description, form.Active) =
                    (template.ObjectType, template.ObjectSource, template.Name, template.Description, template.Active);
                form.Officers = [.. template.Officers.OrderBy(o => o.Order).Select(ApprovalOfficerInput.From)];
            }
            catch (Exception failure) when (failure is NotFoundException or ValidationFailedException)
            {
                notFound = true;
            }
        }
        ready = true;
    }

    private bool HasError(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task SaveAsync()
    {
        saving = true;
        errors = new Dictionary<string, string[]>();
        try
        {
            var officers = form.Officers ?? [];
            for (var index = 0; index < officers.Count; index++)
                officers[index].Order = index + 1;
            var actor = await GetActorAsync();
            var update = new UpdateApprovalTemplateInput
            {
                Name = form.Name ?? "",
                Description = form.Description ?? "",
                Officers = officers,
                Active = form.Active,
            };
            _ = IsNew ? await Templates.CreateAsync(form, actor, Aborted) : await Templates.UpdateAsync(TemplateId!, update, actor, Aborted);
            Navigation.NavigateTo("/approvals/templates");
        }
        catch (ValidationFailedException invalid) when (invalid.Errors.Count > 0)
        {
            errors = invalid.Errors;
            serverErrors?.Clear();
        }
        catch (DepoException failure)
        {
            serverErrors?.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }
}
