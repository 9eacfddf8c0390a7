namespace Depo.Core.Common.Errors;

public sealed class ForbiddenException(string message) : DepoException(message);
