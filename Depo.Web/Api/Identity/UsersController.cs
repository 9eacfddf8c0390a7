using Depo.Core.Common.Paging;
using Depo.Core.Identity.Users;
using Depo.Web.Auth;
using Depo.Web.Api.OpenApi;
using Depo.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Identity;

/// <summary>The users list for admins: a bare array with <c>X-Total-Count</c> (spec identity §2.8).</summary>
[ApiController, Authorize]
[Route("api/users")]
public sealed class UsersController(UserService users) : ControllerBase
{
    [HttpGet("")]
    [Access(AccessLevel.Admin)]
    public async Task<IReadOnlyList<UserJson>> ListAsync(
        [FromQuery] int? limit, [FromQuery] int? skip, [FromQuery] int? offset, CancellationToken cancellationToken)
    {
        var page = await users.ListAsync(PageRequest.FromQuery(skip, offset, limit, 200, 1000), HttpContext.ToActor(), cancellationToken);
        Response.Headers[NetworkComposition.TotalCountHeader] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. page.Items.Select(UserJson.From)];
    }
}
