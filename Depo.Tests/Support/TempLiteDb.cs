using Depo.Infrastructure.LiteDb;

namespace Depo.Tests.Support;

/// <summary>A LiteDB file in a fresh temp folder, deleted on dispose.</summary>
public sealed class TempLiteDb : IDisposable
{
    public TempLiteDb()
    {
        Directory = Path.Combine(Path.GetTempPath(), "depo-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Store = new LiteDbStore(File);
    }

    public string Directory { get; }

    public string File => Path.Combine(Directory, "depo.db");

    public LiteDbStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
