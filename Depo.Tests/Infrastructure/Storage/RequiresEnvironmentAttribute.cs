namespace Depo.Tests.Infrastructure.Storage;

/// <summary>The <see cref="StoreFactAttribute"/> tests of this class need <paramref name="variable"/> set;
/// without it they are skipped with <paramref name="skipReason"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string skipReason) : Attribute
{
    public string Variable => variable;

    public string SkipReason => skipReason;
}
