using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Files;

namespace Depo.Core.Procurement.Attachments;

/// <summary>spec procurement §5.8: an upload's name, comment, size (413) and type by extension and content (415).</summary>
public static class AttachmentChecks
{
    /// <summary>The stored name, the sniffed MIME type, the trimmed comment and the content as a seekable stream the caller disposes.</summary>
    public static async Task<(string FileName, string ContentType, string Comment, Stream Content)> AcceptAsync(
        AttachmentUpload? upload, FileUploadOptions options, CancellationToken cancellationToken)
    {
        if (upload is null)
            throw new ValidationFailedException("file", "file is required.");
        var errors = new InputErrors();
        var filename = AttachmentFileName.Clean(upload.FileName) ?? "";
        if (filename.Length == 0)
            errors.Add("file", "file must have a name.");
        else if (filename.Length > AttachmentFileName.MaxLength)
            errors.Add("file", $"The file name must be at most {AttachmentFileName.MaxLength} characters.");
        if ((upload.Comment?.Length ?? 0) > AttachmentService.MaxCommentLength)
            errors.Add("comment", $"comment must be at most {AttachmentService.MaxCommentLength} characters.");
        if (upload.Length == 0)
            errors.Add("file", "The file is empty.");
        errors.ThrowIfAny();
        if (upload.Length > options.MaxSizeBytes)
            throw new PayloadTooLargeException($"The file is larger than the limit of {options.MaxSizeMb} MB.");
        var extension = AttachmentFileName.ExtensionOf(filename);
        if (!options.Extensions.Contains(extension))
            throw new UnsupportedMediaTypeException($"Files of type '{extension}' are not allowed; allowed: {string.Join(", ", options.Extensions)}.");
        var content = await BoundedCopyAsync(upload.Content, options, cancellationToken);
        var contentType = FileContentSniffer.ContentTypeOf(extension, content);
        if (contentType is null)
        {
            await content.DisposeAsync();
            throw new UnsupportedMediaTypeException($"The file's content is not a valid {extension} file.");
        }
        return (filename, contentType, upload.Comment?.Trim() ?? "", content);
    }

    // The declared length is the client's word: the copy stops one byte past the limit.
    private static async Task<MemoryStream> BoundedCopyAsync(Stream source, FileUploadOptions options, CancellationToken cancellationToken)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            await copy.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            if (copy.Length > options.MaxSizeBytes)
            {
                await copy.DisposeAsync();
                throw new PayloadTooLargeException($"The file is larger than the limit of {options.MaxSizeMb} MB.");
            }
        }
        if (copy.Length == 0)
            throw new ValidationFailedException("file", "The file is empty.");
        copy.Position = 0;
        return copy;
    }
}
