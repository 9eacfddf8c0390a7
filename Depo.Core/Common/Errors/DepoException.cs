namespace Depo.Core.Common.Errors;

/// <summary>An expected failure that maps to one HTTP status; anything else is a bug.</summary>
public abstract class DepoException(string message) : Exception(message);
