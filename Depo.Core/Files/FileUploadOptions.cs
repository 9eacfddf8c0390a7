namespace Depo.Core.Files;

/// <summary>The <c>FileUploads</c> settings (spec procurement §1.3): where content lives, size and type limits.</summary>
public sealed class FileUploadOptions
{
    public const string Section = "FileUploads";
    public const string DefaultPath = "media/files";

    public static IReadOnlyList<string> DefaultExtensions { get; } = ["pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "gif", "zip"];

    /// <summary>The content folder; relative paths are under <c>Storage:DataDir</c>.</summary>
    public string Path { get; set; } = DefaultPath;

    public int MaxSizeMb { get; set; } = 10;

    /// <summary>Null = <see cref="DefaultExtensions"/> (a bound list would otherwise be appended to the defaults).</summary>
    public List<string>? AllowedExtensions { get; set; }

    public long MaxSizeBytes => MaxSizeMb * 1024L * 1024L;

    /// <summary>The allowed extensions, lower-case, without dots.</summary>
    public IReadOnlyList<string> Extensions =>
        AllowedExtensions is { Count: > 0 } configured
            ? [.. configured.Select(e => e.Trim().TrimStart('.').ToLowerInvariant()).Where(e => e.Length > 0).Distinct()]
            : DefaultExtensions;

    /// <summary>The content folder for <paramref name="dataDir"/>.</summary>
    public string RootUnder(string dataDir) =>
        System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(dataDir, Path));
}
