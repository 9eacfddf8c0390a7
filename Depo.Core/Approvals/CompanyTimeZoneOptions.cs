namespace Depo.Core.Approvals;

/// <summary>
/// The company's time zone (<c>App:TimeZone</c>, IANA, default Europe/Bucharest; spec inventory §0.2), in which
/// signature times are shown; they are stored in UTC.
/// </summary>
public sealed class CompanyTimeZoneOptions
{
    public const string Section = "App";

    public string TimeZone { get; set; } = "Europe/Bucharest";

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    public DateTime ToCompanyTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc), Zone);

    public bool IsKnownZone()
    {
        try
        {
            return Zone is not null;
        }
        catch (Exception failure) when (failure is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
