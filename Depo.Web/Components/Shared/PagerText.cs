namespace Depo.Web.Components.Shared;

/// <summary>MudBlazor's pager line, translated through SharedText (its placeholders stay as they are).</summary>
public static class PagerText
{
    public const string Info = "{first_item}-{last_item} of {all_items}";
}
