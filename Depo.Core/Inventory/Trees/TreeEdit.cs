using MongoDB.Bson;

namespace Depo.Core.Inventory.Trees;

/// <summary>A tree node with a body's shared members applied: its stored form before, and its parent's name after.</summary>
public sealed record TreeEdit<T>(T Node, BsonDocument Before, string? ParentName);
