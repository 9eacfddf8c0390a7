using Microsoft.Extensions.Options;

namespace Depo.Core.Files;

/// <summary>Checks the <c>FileUploads</c> settings at start; a wrong one stops the app with a message naming it.</summary>
public sealed class FileUploadOptionsValidator : IValidateOptions<FileUploadOptions>
{
    public ValidateOptionsResult Validate(string? name, FileUploadOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
            failures.Add("FileUploads:Path is required.");
        if (options.MaxSizeMb is < 1 or > 1024)
            failures.Add("FileUploads:MaxSizeMb must be between 1 and 1024.");
        var unknown = options.Extensions.Where(e => !FileContentSniffer.ContentTypes.ContainsKey(e)).ToList();
        if (unknown.Count > 0)
        {
            failures.Add($"FileUploads:AllowedExtensions holds {string.Join(", ", unknown)}, whose content Depo cannot check; "
                + $"allowed: {string.Join(", ", FileContentSniffer.ContentTypes.Keys)}.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
