using MudBlazor;

namespace Depo.Web.Components.Layout;

/// <summary>Depo's colours: the blue of the logo.</summary>
public static class DepoTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1e4f8a",
            Secondary = "#3a78b8",
            AppbarBackground = "#ffffff",
            AppbarText = "#1f2933",
            Background = "#f4f6f9",
            DrawerBackground = "#ffffff",
        },
    };
}
