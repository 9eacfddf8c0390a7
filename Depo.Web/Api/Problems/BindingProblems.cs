using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Depo.Web.Api.Problems;

/// <summary>
/// Model-binding failures as 400 ProblemDetails keyed like every other field error: the JSON reader
/// names a field <c>$.company_name</c> and adds a second error for the whole body parameter; clients
/// get <c>company_name</c> alone, without .NET type names in the message.
/// </summary>
public static class BindingProblems
{
    public const string BodyKey = "body";
    private const string InvalidJsonValue = "The value is not valid JSON for this field.";

    public static IActionResult Create(ActionContext context)
    {
        var bodyParameters = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var failed = context.ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
        var fieldErrorsExist = failed.Any(e => !bodyParameters.Contains(e.Key));
        var normalized = new ModelStateDictionary();
        foreach (var (key, entry) in failed)
        {
            if (fieldErrorsExist && bodyParameters.Contains(key))
                continue;
            foreach (var error in entry!.Errors)
                normalized.AddModelError(FieldOf(key), key.StartsWith('$') ? InvalidJsonValue : MessageOf(error));
        }
        var problems = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = problems.CreateValidationProblemDetails(context.HttpContext, normalized, StatusCodes.Status400BadRequest);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string FieldOf(string key) =>
        key == "$" || key.Length == 0 ? BodyKey : key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;

    private static string MessageOf(ModelError error) =>
        string.IsNullOrEmpty(error.ErrorMessage) ? "The value is not valid." : error.ErrorMessage;
}
