namespace Depo.Core.Ports;

/// <summary>Draws QR codes (labels that link to a record's page).</summary>
public interface IQrCodeRenderer
{
    /// <summary>The QR code of <paramref name="text"/> as a standalone SVG document.</summary>
    string ToSvg(string text);
}
