using System.Text.RegularExpressions;
using Depo.Core.Inventory.Stock;

namespace Depo.Web.Components.Pages.Inventory.Stocks;

/// <summary>A state's stored colour as a CSS value: a named colour, #hex or rgb()/hsl(); anything else is gray.</summary>
public static partial class StateColor
{
    public static string Css(string? color) =>
        color is not null && SafeColor().IsMatch(color.Trim()) ? color.Trim() : StockState.DefaultColor;

    // Stored colours come from the database and land in a style attribute: no ';', quotes or url().
    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{1,30}|(rgb|rgba|hsl|hsla)\([0-9.,%\s]{1,40}\))$")]
    private static partial Regex SafeColor();
}
