namespace Depo.Tests.Infrastructure.Storage;

/// <summary>An embedded document of <see cref="ContractDocument"/>, for dotted field names.</summary>
public sealed class ContractDetails
{
    public string? Color { get; set; }

    public int Weight { get; set; }
}
