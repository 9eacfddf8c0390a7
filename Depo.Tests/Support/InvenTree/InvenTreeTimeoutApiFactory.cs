namespace Depo.Tests.Support.InvenTree;

/// <summary>InvenTree mode with the shortest timeout, <see cref="Seconds"/>, for the tests of a slow InvenTree.</summary>
public sealed class InvenTreeTimeoutApiFactory : InvenTreeApiFactory
{
    public const int Seconds = 1;

    protected override int TimeoutSeconds => Seconds;
}
