namespace Depo.Core.Common.Errors;

public sealed class NotFoundException(string message) : DepoException(message);
