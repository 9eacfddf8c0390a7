using Depo.Core.Storage;

namespace Depo.Core.SystemAdmin.Config;

public static class ConfigCollections
{
    public const string Config = "config";

    public static void Register() => DocumentMap.Register<AppSettings>(Config);

    // Unique only once duplicates of older keyed documents are removed (system spec); plain here.
    public static IEnumerable<IndexDefinition> Indexes => [IndexDefinition.On(Config, "slug")];
}
