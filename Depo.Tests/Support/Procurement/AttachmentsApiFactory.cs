namespace Depo.Tests.Support.Procurement;

/// <summary>The app with a 1 MB upload limit, so the size rule is tested with small files.</summary>
public sealed class AttachmentsApiFactory : DepoApiFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["FileUploads:MaxSizeMb"] = "1",
    };

    public string FilesRoot => Path.Combine(DataDir, "media", "files");
}
