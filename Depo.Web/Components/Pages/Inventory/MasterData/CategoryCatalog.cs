using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Categories;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The categories tree (spec inventory §9.7) over <see cref="CategoryService"/>.</summary>
public sealed class CategoryCatalog(CategoryService categories) : TreeCatalog
{
    public override string Title => "Categories";

    public override string Noun => "category";

    public override bool HasCode => false;

    public override string ViewLabel => "View articles";

    public override string ViewLink(string id) => $"/inventory/articles?category={Uri.EscapeDataString(id)}";

    public override async Task<(IReadOnlyList<TreeNodeRow> Nodes, long Total)> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var page = await categories.ListAsync(null, new PageRequest(0, MaxNodes), actor, cancellationToken);
        return ([.. page.Items.Select(view => new TreeNodeRow(view.Category.Id, view.Category.Name, view.Category.Description,
            null, view.Category.ParentId, view.ParentName))], page.Total);
    }

    public override async Task SaveAsync(string? id, TreeNodeForm form, Actor actor, CancellationToken cancellationToken)
    {
        if (id is null)
            await categories.CreateAsync(new CreateCategoryInput { Name = form.Name, Description = form.Description, ParentId = form.ParentId }, actor, cancellationToken);
        else
            await categories.UpdateAsync(id, new UpdateCategoryInput { Name = form.Name, Description = form.Description ?? "", ParentId = form.ParentId }, actor, cancellationToken);
    }

    public override Task DeleteAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        categories.DeleteAsync(id, actor, cancellationToken);
}
