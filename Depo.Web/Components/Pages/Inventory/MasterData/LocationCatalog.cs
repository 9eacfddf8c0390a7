using Depo.Core.Common.Actors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory.Locations;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The locations tree (spec inventory §9.7) over <see cref="LocationService"/>.</summary>
public sealed class LocationCatalog(LocationService locations) : TreeCatalog
{
    public override string Title => "Locations";

    public override string Noun => "location";

    public override bool HasCode => true;

    public override string ViewLabel => "View stocks";

    public override string ViewLink(string id) => $"/inventory/stocks?location={Uri.EscapeDataString(id)}";

    public override async Task<(IReadOnlyList<TreeNodeRow> Nodes, long Total)> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        var page = await locations.ListAsync(null, new PageRequest(0, MaxNodes), actor, cancellationToken);
        return ([.. page.Items.Select(view => new TreeNodeRow(view.Location.Id, view.Location.Name, view.Location.Description,
            view.Location.Code, view.Location.ParentId, view.ParentName))], page.Total);
    }

    public override async Task SaveAsync(string? id, TreeNodeForm form, Actor actor, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            await locations.CreateAsync(new CreateLocationInput
            {
                Name = form.Name,
                Description = form.Description,
                Code = form.Code,
                ParentId = form.ParentId,
            }, actor, cancellationToken);
        }
        else
        {
            await locations.UpdateAsync(id, new UpdateLocationInput
            {
                Name = form.Name,
                Description = form.Description ?? "",
                Code = form.Code ?? "",
                ParentId = form.ParentId,
            }, actor, cancellationToken);
        }
    }

    public override Task DeleteAsync(string id, Actor actor, CancellationToken cancellationToken) =>
        locations.DeleteAsync(id, actor, cancellationToken);
}
