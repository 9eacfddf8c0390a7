using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Depo.Tests.E2E.Pages;

/// <summary>Opening a grid row's page, which a busy machine makes racy in two ways.</summary>
public static class RowClicks
{
    /// <summary>
    /// A grid may render again once its data arrives, and a click on the row it replaced is lost, so the row is
    /// clicked again when the URL has not changed; but a click that did land can navigate late (the whole suite
    /// shares two cores), so the row is clicked only while the page is still not <paramref name="target"/>.
    /// </summary>
    public static async Task OpenAsync(IPage page, ILocator row, Regex target)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (target.IsMatch(page.Url))
                return;
            try
            {
                await row.ClickAsync(new() { Timeout = 10_000 });
            }
            catch (TimeoutException) when (target.IsMatch(page.Url))
            {
                return;
            }
            // Blazor changes the URL without loading a page, so the URL itself is watched, not navigation events.
            try
            {
                await Assertions.Expect(page).ToHaveURLAsync(target, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
    }
}
