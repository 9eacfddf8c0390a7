namespace Depo.Tests.E2E;

/// <summary>
/// The tests that drive a real browser over the built app run one at a time, after the parallel tests: sharing two
/// cores with the rest of the suite made their navigations take longer than their waits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "Browser";
}
