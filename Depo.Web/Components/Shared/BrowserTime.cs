using Microsoft.JSInterop;

namespace Depo.Web.Components.Shared;

/// <summary>
/// Shows stored UTC times in the browser's time zone. The zone is asked once per circuit; until then (or
/// when the browser cannot be asked, as while prerendering) the server's zone is used.
/// </summary>
public sealed class BrowserTime(IJSRuntime js)
{
    private TimeZoneInfo? zone;

    public TimeZoneInfo Zone => zone ?? TimeZoneInfo.Local;

    public async Task LoadAsync()
    {
        if (zone is not null)
            return;
        try
        {
            var id = await js.InvokeAsync<string?>("depo.timeZone");
            zone = string.IsNullOrEmpty(id) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception failure) when (failure is JSException or InvalidOperationException or TimeZoneNotFoundException)
        {
            zone = null;
        }
    }

    public DateTime ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc), Zone);

    /// <summary>A local date and time of the browser's zone as UTC.</summary>
    public DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>Date and time in the current culture's short form ("g"), or with seconds ("G").</summary>
    public string Format(DateTime utc, string format = "g") =>
        ToLocal(utc).ToString(format, System.Globalization.CultureInfo.CurrentCulture);
}
