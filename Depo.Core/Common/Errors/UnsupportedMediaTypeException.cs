namespace Depo.Core.Common.Errors;

/// <summary>An upload whose extension or content is not an allowed type (415).</summary>
public sealed class UnsupportedMediaTypeException(string message) : DepoException(message);
