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

    /// <summary>Optional, so that filters meet missing values.</summary>
    public int? Rank { get; set; }

    public decimal Amount { get; set; }

    public List<string> Tags { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime? DueAt { get; set; }

    public ContractDetails? Details { get; set; }

    public List<ContractDetails> Variants { get; set; } = [];

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
