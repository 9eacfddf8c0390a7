namespace Depo.Core.Ports;

/// <summary>Cleans rich-text HTML before it is stored: an allow-list of basic formatting tags and links (spec inventory §1.1).</summary>
public interface IHtmlSanitizer
{
    string Sanitize(string html);
}
