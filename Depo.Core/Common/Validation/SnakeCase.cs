using System.Text.Json;

namespace Depo.Core.Common.Validation;

/// <summary>The one snake_case rule shared by stored fields, JSON and error keys.</summary>
public static class SnakeCase
{
    public static string Of(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
