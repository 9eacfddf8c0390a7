namespace Depo.Core.Common.Errors;

/// <summary>An upstream system (InvenTree) failed or is misconfigured (502).</summary>
public sealed class UpstreamUnavailableException(string message) : DepoException(message);
