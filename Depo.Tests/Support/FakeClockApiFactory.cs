namespace Depo.Tests.Support;

/// <summary>The app on <see cref="DepoApiFactory.Clock"/>, with sessions lasting <see cref="SessionHours"/>.</summary>
public class FakeClockApiFactory : DepoApiFactory
{
    public const int SessionHours = 2;

    protected override bool UsesFakeClock => true;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Auth:SessionHours"] = SessionHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
