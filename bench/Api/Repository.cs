namespace Depo.Bench.Api;

/// <summary>Finds the repository root (the folder holding Depo.sln) above the running benchmark.</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Depo.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException("Depo.sln not found above " + AppContext.BaseDirectory);
    }
}
