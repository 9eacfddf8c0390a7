using System.IO.Compression;
using System.Text;
using Depo.Core.Files;

namespace Depo.Tests.Core.Files;

/// <summary>Types decided by content, not by the name the client sent (spec procurement §5.8, trap 7.24).</summary>
public sealed class FileContentSnifferTests
{
    [Theory]
    [InlineData("pdf", "application/pdf")]
    [InlineData("png", "image/png")]
    [InlineData("jpg", "image/jpeg")]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("gif", "image/gif")]
    [InlineData("doc", "application/msword")]
    [InlineData("xls", "application/vnd.ms-excel")]
    public void ContentTypeOf_MatchingMagicBytes_IsTheType(string extension, string expected)
    {
        Assert.Equal(expected, FileContentSniffer.ContentTypeOf(extension, new MemoryStream(Sample(extension))));
    }

    [Fact]
    public void ContentTypeOf_OfficePackages_NeedTheirMainPart()
    {
        var docx = Zip("[Content_Types].xml", "word/document.xml");
        var xlsx = Zip("[Content_Types].xml", "xl/workbook.xml");
        var plain = Zip("readme.txt");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", FileContentSniffer.ContentTypeOf("docx", docx));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileContentSniffer.ContentTypeOf("xlsx", xlsx));
        Assert.Null(FileContentSniffer.ContentTypeOf("docx", xlsx));
        Assert.Null(FileContentSniffer.ContentTypeOf("xlsx", plain));
        Assert.Equal("application/zip", FileContentSniffer.ContentTypeOf("zip", plain));
        Assert.Equal(0, plain.Position);
    }

    [Theory]
    [InlineData("pdf", "png")]
    [InlineData("png", "pdf")]
    [InlineData("zip", "pdf")]
    [InlineData("docx", "pdf")]
    [InlineData("exe", "pdf")]
    public void ContentTypeOf_ContentOfAnotherType_IsNull(string extension, string actualContent)
    {
        Assert.Null(FileContentSniffer.ContentTypeOf(extension, new MemoryStream(Sample(actualContent))));
    }

    [Fact]
    public void ContentTypeOf_ZipHeaderWithBrokenDirectory_IsNull()
    {
        Assert.Null(FileContentSniffer.ContentTypeOf("zip", new MemoryStream([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5])));
    }

    public static byte[] Sample(string extension) => extension switch
    {
        "pdf" => Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"),
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13],
        "jpg" or "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46],
        "gif" => Encoding.ASCII.GetBytes("GIF89a\x01\x00"),
        "doc" or "xls" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
        _ => throw new ArgumentOutOfRangeException(nameof(extension)),
    };

    public static MemoryStream Zip(params string[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        stream.Position = 0;
        return stream;
    }
}
