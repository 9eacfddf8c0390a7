using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.OwnedElsewhere;

/// <summary>
/// A <c>depo_recipes</c> revision as inventory reads it (spec inventory §6.1): the product by <c>part_id</c>
/// or legacy <c>id</c>, the revision; lines and everything else kept among the extra elements.
/// </summary>
public sealed class RecipeRecord : StoredDocument
{
    public BsonValue? PartId { get; set; }

    /// <summary>The product's legacy part number, stored as <c>id</c>.</summary>
    public BsonValue? LegacyId { get; set; }

    public BsonValue? Rev { get; set; }

    public BsonValue? RevDate { get; set; }
}
