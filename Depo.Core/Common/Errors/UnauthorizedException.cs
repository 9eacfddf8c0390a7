namespace Depo.Core.Common.Errors;

/// <summary>Missing or unusable credentials (401).</summary>
public sealed class UnauthorizedException(string message) : DepoException(message);
