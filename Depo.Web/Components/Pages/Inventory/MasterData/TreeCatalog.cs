using Depo.Core.Common.Actors;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>What the shared tree page needs of categories or locations (spec inventory §9.7); the services hold the rules.</summary>
public abstract class TreeCatalog
{
    /// <summary>spec inventory §3.2, §3.3: the largest page the list routes give; the tree page reads one.</summary>
    public const int MaxNodes = 5000;

    public abstract string Title { get; }

    public abstract string Noun { get; }

    /// <summary>Locations show and edit a code; categories have none.</summary>
    public abstract bool HasCode { get; }

    /// <summary>The row action's label and where it leads (articles of a category, stocks at a location).</summary>
    public abstract string ViewLabel { get; }

    public abstract string ViewLink(string id);

    public abstract Task<(IReadOnlyList<TreeNodeRow> Nodes, long Total)> ListAsync(Actor actor, CancellationToken cancellationToken);

    /// <summary>Creates when <paramref name="id"/> is null, else updates every field of the form.</summary>
    public abstract Task SaveAsync(string? id, TreeNodeForm form, Actor actor, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(string id, Actor actor, CancellationToken cancellationToken);
}
