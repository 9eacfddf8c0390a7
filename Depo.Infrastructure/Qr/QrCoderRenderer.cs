using Depo.Core.Ports;
using QRCoder;

namespace Depo.Infrastructure.Qr;

/// <summary>QR codes drawn by QRCoder as SVG, with medium error correction (readable off a slightly worn label).</summary>
public sealed class QrCoderRenderer : IQrCodeRenderer
{
    private const int PixelsPerModule = 4;

    public string ToSvg(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(PixelsPerModule);
    }
}
