namespace Depo.Core.Common.Errors;

/// <summary>State, uniqueness or in-use conflicts (409).</summary>
public class ConflictException(string message) : DepoException(message);
