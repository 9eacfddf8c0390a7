namespace Depo.Core.Common.Errors;

/// <summary>Bad input (400), with messages per snake_case field.</summary>
public class ValidationFailedException(string message, IReadOnlyDictionary<string, string[]> errors)
    : DepoException(message)
{
    public ValidationFailedException(string field, string message)
        : this(message, new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public IReadOnlyDictionary<string, string[]> Errors => errors;
}
