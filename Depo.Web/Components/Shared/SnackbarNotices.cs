using Depo.Core.Common.Errors;
using Depo.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Shared;

/// <summary>Success and failure notifications; failures stay at least ten seconds (spec identity §8).</summary>
public static class SnackbarNotices
{
    public const int FailureMilliseconds = 10_000;

    public static void Success(this ISnackbar snackbar, string message) => snackbar.Add(message, Severity.Success);

    public static void Failure(this ISnackbar snackbar, string message) =>
        snackbar.Add(message, Severity.Error, options =>
        {
            options.VisibleStateDuration = FailureMilliseconds;
            options.ShowCloseIcon = true;
        });

    /// <summary>The server's message, or its field messages for bad input, translated where Depo knows them.</summary>
    public static void Failure(this ISnackbar snackbar, DepoException failure, IStringLocalizer localizer) =>
        snackbar.Failure(FailureText(failure, localizer));

    public static string FailureText(DepoException failure, IStringLocalizer localizer) =>
        ServerMessages.FailureText(failure, localizer);
}
