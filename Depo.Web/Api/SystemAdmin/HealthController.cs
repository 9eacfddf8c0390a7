using System.Reflection;
using Depo.Core.Storage;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.SystemAdmin;

/// <summary>Liveness and storage (spec identity §1.1).</summary>
[ApiController, AllowAnonymous]
[Route("health")]
public sealed class HealthController(IDocumentStore store, ILogger<HealthController> logger) : ControllerBase
{
    private static readonly string Version =
        typeof(HealthController).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    [HttpGet]

    [Access(AccessLevel.Public)]
    public async Task<IActionResult> GetAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.PingAsync(cancellationToken);
            return Ok(new { status = "healthy", version = Version });
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            logger.LogError(failure, "Health check: storage is unreachable");
            return StatusCode(StatusCodes.Status503ServiceUnavailable,
                new { status = "unhealthy", version = Version, storage = failure.GetType().Name + ": " + failure.Message });
        }
    }
}
