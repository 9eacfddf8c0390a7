using Depo.Core.Common.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Problems;

/// <summary>The one mapping from expected failures to RFC 7807 answers.</summary>
public sealed class DepoExceptionHandler(IProblemDetailsService problems, ILogger<DepoExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DepoException failure)
            return false;
        httpContext.Response.StatusCode = StatusOf(failure);
        if (httpContext.Response.StatusCode == StatusCodes.Status500InternalServerError)
            logger.LogError(exception, "{Method} {Path} failed", httpContext.Request.Method, httpContext.Request.Path);
        var problem = failure is ValidationFailedException invalid
            ? new ValidationProblemDetails(invalid.Errors.ToDictionary(e => e.Key, e => e.Value))
            : new ProblemDetails();
        problem.Status = httpContext.Response.StatusCode;
        problem.Detail = failure.Message;
        return await problems.TryWriteAsync(new() { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static int StatusOf(DepoException failure) => failure switch
    {
        UnprocessableException => StatusCodes.Status422UnprocessableEntity,
        ValidationFailedException => StatusCodes.Status400BadRequest,
        UnauthorizedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        UpstreamUnavailableException => StatusCodes.Status502BadGateway,
        PayloadTooLargeException => StatusCodes.Status413PayloadTooLarge,
        UnsupportedMediaTypeException => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status500InternalServerError,
    };
}
