using Depo.Core.Storage;

namespace Depo.Core.Procurement.Orders;

/// <summary>The guard of a field update made under the version read; a missing <c>version</c> counts as 0 (spec §0).</summary>
public static class VersionGuard
{
    public static Filter Of(string id, int version) =>
        Filter.IdIs(id) & (version == 0 ? Filter.Eq("version", 0) | Filter.IsNull("version") : Filter.Eq("version", version));
}
