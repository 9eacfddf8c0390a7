using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Storage;

public enum StorageProvider { LiteDb, MongoDb }

/// <summary>Where documents live: an embedded LiteDB file (default) or a MongoDB database.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.LiteDb;

    [Required(ErrorMessage = "Storage:DataDir is required.")]
    public string DataDir { get; set; } = "data";

    public string? ConnectionString { get; set; }

    public bool AllowInvalidCertificates { get; set; }

    /// <summary>The LiteDB file inside <see cref="DataDir"/>.</summary>
    public string LiteDbFile => Path.Combine(Path.GetFullPath(DataDir), "depo.db");
}
