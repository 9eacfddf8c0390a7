namespace Depo.Core.Common.Errors;

public sealed class TooManyRequestsException(string message) : DepoException(message);
