namespace Depo.Infrastructure.InvenTree;

/// <summary>Where InvenTree is (spec identity §1.3); the URL is required in InvenTree mode.</summary>
public sealed class InvenTreeOptions
{
    public const string Section = "Inventree";

    public string? Url { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public string? ServiceToken { get; set; }

    /// <summary>The base address without a trailing slash.</summary>
    public string BaseUrl => (Url ?? "").TrimEnd('/');
}
