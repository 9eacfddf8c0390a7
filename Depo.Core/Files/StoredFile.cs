namespace Depo.Core.Files;

/// <summary>Content placed in the file store: its SHA-256 hex, the location to store as <c>file_path</c>, and its size.</summary>
public sealed record StoredFile(string Hash, string Location, long Size);
