using Depo.Core.Audit;
using Depo.Core.Common.Paging;
using Depo.Web.Api.Json;
using Depo.Web.Auth;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Audit;

/// <summary>The activity log, read-only (spec identity §3.3).</summary>
[ApiController, Authorize]
[Route("api/audit")]
public sealed class AuditController(AuditLogService auditLog) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.Admin, ApiRight = "audit:read")]
    public async Task<AuditLogPageJson> ListAsync(
        [FromQuery] int? limit, [FromQuery] int? skip, [FromQuery] int? offset,
        [FromQuery] string? action, [FromQuery] string? username,
        [FromQuery(Name = "resource_type")] string? resourceType, [FromQuery(Name = "resource_id")] string? resourceId,
        [FromQuery] string? from, [FromQuery] string? to, CancellationToken cancellationToken)
    {
        var filter = new AuditLogFilter(action, username, resourceType, resourceId,
            IsoDate.ParseOptional(from, "from"), IsoDate.ParseOptional(to, "to"));
        var page = await auditLog.ListAsync(filter, PageRequest.FromQuery(skip, offset, limit, 100, 1000), HttpContext.ToActor(), cancellationToken);
        return AuditLogPageJson.From(page);
    }

    [HttpGet("actions")]

    [Access(AccessLevel.Admin, ApiRight = "audit:read")]
    public Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken) =>
        auditLog.ActionsAsync(HttpContext.ToActor(), cancellationToken);
}
