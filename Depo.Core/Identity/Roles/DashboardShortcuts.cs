using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Identity.Roles;

/// <summary>A <c>dashboard</c> document: the form shortcuts of one role.</summary>
public sealed class DashboardShortcuts : StoredDocument
{
    public BsonValue? Role { get; set; }

    public List<string>? Forms { get; set; }
}
