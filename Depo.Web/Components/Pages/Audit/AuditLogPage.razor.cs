using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Audit;

/// <summary>The activity log for admins: filters, 50 entries a page, rows that expand (spec identity §8.7).</summary>
public partial class AuditLogPage
{
    public const int PageSize = 50;

    private MudDataGrid<AuditLogEntry> grid = null!;
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<string> actions = [];
    private bool ready, denied;
    private string? action, username, resourceType;
    private DateRange? range;

    [Inject]
    private AuditLogService AuditLog { get; set; } = null!;

    [Inject]
    private BrowserTime Time { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<AuditText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        denied = !actor.IsAdmin;
        if (!denied)
            actions = await AuditLog.ActionsAsync(actor, Aborted);
        ready = true;
    }

    private async Task<GridData<AuditLogEntry>> LoadEntriesAsync(GridState<AuditLogEntry> state, CancellationToken cancellationToken)
    {
        await Time.LoadAsync();
        try
        {
            var page = await AuditLog.ListAsync(CurrentFilter(), new PageRequest(state.Page * state.PageSize, state.PageSize), actor, cancellationToken);
            return new GridData<AuditLogEntry> { Items = page.Items, TotalItems = (int)page.Total };
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, Shared);
            return new GridData<AuditLogEntry> { Items = [], TotalItems = 0 };
        }
    }

    // Dates are whole days of the browser's zone: from the start of the first to the end of the last.
    private AuditLogFilter CurrentFilter() => new(
        Blank(action), Blank(username), Blank(resourceType),
        From: range?.Start is { } start ? Time.ToUtc(start.Date) : null,
        To: range?.End is { } end ? Time.ToUtc(end.Date.AddDays(1)) : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private Task ApplyAsync() => grid.ReloadServerData();

    private Task ResetAsync()
    {
        (action, username, resourceType, range) = (null, null, null, null);
        return grid.ReloadServerData();
    }
}
