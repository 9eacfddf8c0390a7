using System.Globalization;

namespace Depo.Tests.Components.Shared;

/// <summary>Switches the UI culture of the current test's flow and puts it back on dispose.</summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;

    public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

    public void Dispose() => CultureInfo.CurrentUICulture = before;
}
