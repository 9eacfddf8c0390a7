using Depo.Core.Storage;

namespace Depo.Core.Forms;

public static class FormsCollections
{
    public const string Forms = "forms";

    public static void Register() => DocumentMap.Register<FormDefinition>(Forms);

    public static IEnumerable<IndexDefinition> Indexes => [IndexDefinition.On(Forms, "slug")];
}
