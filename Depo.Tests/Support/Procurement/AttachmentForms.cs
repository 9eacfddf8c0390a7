using System.Net.Http.Headers;
using System.Text;

namespace Depo.Tests.Support.Procurement;

/// <summary>Multipart bodies of the attachment upload route.</summary>
public static class AttachmentForms
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");

    public static MultipartFormDataContent File(byte[] content, string filename, string? comment = null, string clientType = "application/pdf")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(clientType);
        form.Add(file, "file", filename);
        if (comment is not null)
            form.Add(new StringContent(comment), "comment");
        return form;
    }

    /// <summary>A distinct PDF per call, so tests do not share content.</summary>
    public static byte[] UniquePdf() => [.. Pdf, .. Encoding.ASCII.GetBytes($"% {Guid.NewGuid()}\n")];
}
