namespace Depo.Core.Procurement.Attachments;

/// <summary>One uploaded file as the web layer hands it over: the client's name, its length and the content.</summary>
public sealed record AttachmentUpload(string? FileName, long Length, Stream Content, string? Comment);
