namespace Depo.Core.Procurement.Attachments;

/// <summary>spec procurement §5.1.5: the original name without directory parts, at most 255 characters.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 255;

    /// <summary>The name to store, or null when nothing usable remains.</summary>
    public static string? Clean(string? clientName)
    {
        var name = (clientName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name is "" or "." or ".." ? null : name;
    }

    /// <summary>The extension, lower-case and without the dot; empty when there is none.</summary>
    public static string ExtensionOf(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name[(dot + 1)..].ToLowerInvariant();
    }
}
