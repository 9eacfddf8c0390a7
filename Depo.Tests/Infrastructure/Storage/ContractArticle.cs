using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>A searchable document (code and name carry search keys; category does not), for the contract suite.</summary>
public sealed class ContractArticle : VersionedDocument
{
    public const string Collection = "contract_articles";

    static ContractArticle()
    {
        DocumentMap.Register<ContractArticle>(Collection);
        SearchKeys.Register<ContractArticle>("code", "name");
    }

    public string Code { get; set; } = "";

    public string? Name { get; set; }

    public string Category { get; set; } = "";

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
