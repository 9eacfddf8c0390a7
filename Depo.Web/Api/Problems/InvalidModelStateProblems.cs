using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Problems;

/// <summary>
/// Binding failures as 400 ProblemDetails keyed by the snake_case field: the serializer's <c>$.field</c>
/// paths lose their <c>$.</c>, and the body parameter's own "required" entry is dropped when a field is named.
/// </summary>
public static class InvalidModelStateProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .GroupBy(entry => FieldName(entry.Key), entry => entry.Value!.Errors.Select(e => Message(entry.Key, e)))
            .ToDictionary(group => group.Key, group => group.SelectMany(m => m).ToArray());
        var bodyParameters = context.ActionDescriptor.Parameters.Where(p => p.BindingInfo?.BindingSource?.Id == "Body").Select(p => p.Name);
        if (errors.Count > 1)
        {
            foreach (var name in bodyParameters)
                errors.Remove(name);
        }
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = errors.Count == 1 && errors.ContainsKey("") ? errors[""][0] : "One or more fields are invalid.",
        };
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string FieldName(string key) => key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key.TrimStart('$');

    // The serializer's own messages name .NET types and byte positions; say what the client can act on.
    private static string Message(string key, Microsoft.AspNetCore.Mvc.ModelBinding.ModelError error) =>
        key == "$" ? "The request body is not valid JSON."
            : key.StartsWith('$') || string.IsNullOrEmpty(error.ErrorMessage) ? "The value has the wrong type or format."
            : error.ErrorMessage;
}
