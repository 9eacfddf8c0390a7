using Depo.Core.Common.Errors;
using Depo.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>The login page's error box (spec identity §8.2): the server's message, a fixed text when rate-limited.</summary>
public static class LoginFailureMessage
{
    public static string Of(DepoException failure, IStringLocalizer localizer) => failure switch
    {
        TooManyRequestsException => localizer["Too many attempts, try again in a minute."],
        _ => ServerMessages.FailureText(failure, localizer),    // 400 fields, 401 wrong credentials, 403 deactivated, 502 InvenTree unavailable
    };
}
