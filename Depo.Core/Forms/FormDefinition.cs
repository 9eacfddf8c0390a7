using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Forms;

/// <summary>A <c>forms</c> document; only the members the dashboard needs so far.</summary>
public sealed class FormDefinition : VersionedDocument
{
    public string Slug { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Soft delete marker: any value means deleted.</summary>
    public BsonValue? Deleted { get; set; }

    public bool? Active { get; set; }
}
