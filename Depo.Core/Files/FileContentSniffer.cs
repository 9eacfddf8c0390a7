using System.IO.Compression;

namespace Depo.Core.Files;

/// <summary>
/// Decides a file's type from its content, never from the name the client sent: the magic bytes of each
/// extension Depo can check; docx and xlsx are zip packages that must hold a Word document or an Excel workbook.
/// </summary>
public static class FileContentSniffer
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] OleCompound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] ZipEntry = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>The extensions whose content can be checked, with the MIME type each is stored under.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>
    {
        ["pdf"] = "application/pdf",
        ["doc"] = "application/msword",
        ["xls"] = "application/vnd.ms-excel",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["png"] = "image/png",
        ["gif"] = "image/gif",
        ["zip"] = "application/zip",
    };

    /// <summary>The MIME type when <paramref name="content"/> (seekable, at any position) is what
    /// <paramref name="extension"/> says; null when it is not or the extension cannot be checked.</summary>
    public static string? ContentTypeOf(string extension, Stream content)
    {
        var kind = extension.TrimStart('.').ToLowerInvariant();
        if (!ContentTypes.TryGetValue(kind, out var contentType))
            return null;
        var head = new byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var start = head.AsSpan(0, read);
        var matches = kind switch
        {
            "pdf" => start.StartsWith(Pdf),
            "doc" or "xls" => start.StartsWith(OleCompound),
            "jpg" or "jpeg" => start.StartsWith(Jpeg),
            "png" => start.StartsWith(Png),
            "gif" => start.StartsWith(Gif87) || start.StartsWith(Gif89),
            "zip" => (start.StartsWith(ZipEntry) || start.StartsWith(EmptyZip)) && ZipHolds(content, null),
            "docx" => start.StartsWith(ZipEntry) && ZipHolds(content, "word/document.xml"),
            "xlsx" => start.StartsWith(ZipEntry) && ZipHolds(content, "xl/workbook.xml"),
            _ => false,
        };
        return matches ? contentType : null;
    }

    // A readable zip directory, and for Office packages the main part of the document.
    private static bool ZipHolds(Stream content, string? entry)
    {
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return entry is null
                || (archive.GetEntry("[Content_Types].xml") is not null && archive.GetEntry(entry) is not null);
        }
        catch (InvalidDataException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }
}
