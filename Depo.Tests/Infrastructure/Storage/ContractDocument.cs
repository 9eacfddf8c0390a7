using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>A document shaped like Depo's own, used only by the store contract suite.</summary>
public sealed class ContractDocument : VersionedDocument
{
    public const string Collection = "contract_documents";

    static ContractDocument() => DocumentMap.Register<ContractDocument>(Collection);

    public string Code { get; set; } = "";

    public string? Name { get; set; }

    public int Quantity { get; set; }

    public decimal Amount { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
