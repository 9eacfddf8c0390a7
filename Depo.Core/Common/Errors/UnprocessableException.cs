namespace Depo.Core.Common.Errors;

/// <summary>Well-formed input that the rules refuse (422).</summary>
public sealed class UnprocessableException(string message, IReadOnlyDictionary<string, string[]> errors)
    : ValidationFailedException(message, errors);
