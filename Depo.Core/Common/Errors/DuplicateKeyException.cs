namespace Depo.Core.Common.Errors;

/// <summary>A unique index refused the write (409).</summary>
public sealed class DuplicateKeyException(string message) : ConflictException(message);
