using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The categories or locations tree table with search, New / Edit and admin Delete (spec inventory §9.7).</summary>
public partial class TreePage
{
    private Actor actor = Actor.Anonymous;
    private IReadOnlyList<TreeNodeRow>? nodes;
    private IReadOnlyList<TreeLine> lines = [];
    private IReadOnlyList<TreeLine> visible = [];
    private long total;
    private string? refusal;
    private bool denied, busy, isAdmin;

    [Parameter, EditorRequired]
    public TreeCatalog Catalog { get; set; } = null!;

    /// <summary>The search text, kept in the page's URL query.</summary>
    [Parameter]
    public string? Search { get; set; }

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        actor = await GetActorAsync();
        isAdmin = actor.IsAdmin;
        await LoadAsync();
    }

    protected override void OnParametersSet() => visible = TreeLayout.Filter(lines, Search);

    private async Task LoadAsync()
    {
        try
        {
            (nodes, total) = await Catalog.ListAsync(actor, Aborted);
            lines = TreeLayout.Lines(nodes);
            visible = TreeLayout.Filter(lines, Search);
        }
        catch (ForbiddenException)
        {
            denied = true;
        }
    }

    private void OnSearchChanged(string? value) =>
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("search", string.IsNullOrWhiteSpace(value) ? null : value), replace: true);

    private async Task EditAsync(TreeNodeRow? node)
    {
        var excluded = node is null ? new HashSet<string>() : TreeLayout.SelfAndDescendants(nodes ?? [], node.Id);
        var parameters = new DialogParameters<TreeNodeEditDialog>
        {
            { d => d.Catalog, Catalog },
            { d => d.NodeId, node?.Id },
            { d => d.Form, TreeNodeForm.From(node) },
            { d => d.Parents, [.. lines.Select(l => l.Node).Where(n => !excluded.Contains(n.Id))] },
        };
        var title = node is null ? T["New {0}", T[Catalog.Noun]] : T["Edit {0}", node.Name];
        var dialog = await Dialogs.ShowAsync<TreeNodeEditDialog>(title, parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Success(T["Saved."]);
            await LoadAsync();
        }
    }

    private async Task DeleteAsync(TreeNodeRow node)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Delete"], T["Delete {0}?", node.Name], yesText: T["Delete"], cancelText: T["Cancel"]);
        if (confirmed != true)
            return;
        busy = true;
        refusal = null;
        try
        {
            await Catalog.DeleteAsync(node.Id, actor, Aborted);
            Snackbar.Success(T["Deleted."]);
            await LoadAsync();
        }
        catch (DepoException failure)
        {
            // spec inventory §9.7: the reason a delete is refused is shown on the page.
            refusal = ServerMessages.Translate(failure.Message, T);
        }
        finally
        {
            busy = false;
        }
    }
}
