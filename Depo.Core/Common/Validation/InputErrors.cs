using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Validation;

/// <summary>Collects field errors under snake_case keys and throws them as one 400.</summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>Starts with the DataAnnotations errors of an input record.</summary>
    public static InputErrors Of(object input)
    {
        var result = new InputErrors();
        var found = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), found, validateAllProperties: true);
        foreach (var error in found)
        {
            foreach (var member in error.MemberNames.DefaultIfEmpty(""))
                result.Add(FieldName(input.GetType(), member), error.ErrorMessage ?? "Invalid value");
        }
        return result;
    }

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
            errors[field] = messages = [];
        messages.Add(message);
    }

    public void ThrowIfAny(string message = "One or more fields are invalid.")
    {
        if (Any)
            throw new ValidationFailedException(message, errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private static string FieldName(Type type, string member)
    {
        var property = type.GetProperty(member, BindingFlags.Public | BindingFlags.Instance);
        var jsonName = property?.GetCustomAttribute<System.Text.Json.Serialization.JsonPropertyNameAttribute>()?.Name;
        return jsonName ?? SnakeCase.Of(member);
    }
}
