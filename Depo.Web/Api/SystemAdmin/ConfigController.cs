using Depo.Core.SystemAdmin.Config;
using Depo.Web.Auth;
using Depo.Web.Api.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.SystemAdmin;

/// <summary>Company name and logo (spec identity §1.5).</summary>
[ApiController]
[Route("api/config")]
public sealed class ConfigController(AppSettingsService settings) : ControllerBase
{
    [HttpGet("")]
    [AllowAnonymous, Access(AccessLevel.Public)]
    public async Task<AppSettingsJson> GetAsync(CancellationToken cancellationToken) =>
        AppSettingsJson.From(await settings.GetAsync(cancellationToken));

    [HttpPost("")]

    [Authorize, Access(AccessLevel.Admin)]
    public async Task<AppSettingsJson> SaveAsync(UpdateAppSettingsInput input, CancellationToken cancellationToken) =>
        AppSettingsJson.From(await settings.SaveAsync(input, HttpContext.ToActor(), cancellationToken));
}
