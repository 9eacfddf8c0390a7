namespace Depo.Core.Common.Errors;

/// <summary>An upload above the configured size limit (413).</summary>
public sealed class PayloadTooLargeException(string message) : DepoException(message);
