using MongoDB.Bson;

namespace Depo.Core.Storage;

/// <summary>Field-level changes applied atomically to one document.</summary>
public sealed record Update(IReadOnlyList<UpdateOperation> Operations)
{
    public static Update Set(string field, object? value) => new([new UpdateOperation(UpdateKind.Set, field, Filter.Bson(value))]);
    public static Update Unset(string field) => new([new UpdateOperation(UpdateKind.Unset, field, BsonNull.Value)]);
    public static Update Increment(string field, object amount) => new([new UpdateOperation(UpdateKind.Increment, field, Filter.Bson(amount))]);
    public static Update Push(string field, object? value) => new([new UpdateOperation(UpdateKind.Push, field, Filter.Bson(value))]);

    public Update AndSet(string field, object? value) => this + Set(field, value);
    public Update AndUnset(string field) => this + Unset(field);
    public Update AndIncrement(string field, object amount) => this + Increment(field, amount);
    public Update AndPush(string field, object? value) => this + Push(field, value);

    public static Update operator +(Update left, Update right) => new([.. left.Operations, .. right.Operations]);
}

public enum UpdateKind { Set, Unset, Increment, Push }

public sealed record UpdateOperation(UpdateKind Kind, string Field, BsonValue Value);
