using Depo.Core.Storage;

namespace Depo.Tests.Infrastructure.Storage;

/// <summary>An append-only document in a second collection, for change sets spanning collections.</summary>
public sealed class ContractEntry : VersionedDocument, IAppendOnly
{
    public const string Collection = "contract_entries";

    static ContractEntry() => DocumentMap.Register<ContractEntry>(Collection);

    public string Code { get; set; } = "";

    public static void EnsureRegistered()
    {
        // Touching the type runs the static constructor that registers the class map.
    }
}
