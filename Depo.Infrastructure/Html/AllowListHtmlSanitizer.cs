using Ganss.Xss;

namespace Depo.Infrastructure.Html;

/// <summary>
/// The notes sanitiser: basic formatting tags and http(s)/mailto links survive, scripts, styles, event
/// handlers and every other tag or attribute are removed (spec inventory §1.1, §8.9).
/// </summary>
public sealed class AllowListHtmlSanitizer : Depo.Core.Ports.IHtmlSanitizer
{
    private static readonly string[] Tags =
        ["p", "br", "b", "strong", "i", "em", "u", "s", "strike", "sub", "sup", "ul", "ol", "li", "blockquote",
         "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6", "span", "div", "a", "hr", "table", "thead", "tbody", "tr", "th", "td"];

    private readonly HtmlSanitizer sanitizer = Create();

    public string Sanitize(string html) => string.IsNullOrEmpty(html) ? "" : sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(Tags);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(["href", "title"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.Add("href");
        return sanitizer;
    }
}
