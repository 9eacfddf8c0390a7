using System.Xml.Linq;
using Depo.Infrastructure.Qr;

namespace Depo.Tests.Infrastructure.Qr;

public sealed class QrCoderRendererTests
{
    [Fact]
    public void ToSvg_AnAddress_IsAnSvgDocumentThatDependsOnTheText()
    {
        var renderer = new QrCoderRenderer();

        var first = renderer.ToSvg("https://depo.example/inventory/stocks/6943a0c18728e4d75ae72801");
        var second = renderer.ToSvg("https://depo.example/inventory/stocks/6943a0c18728e4d75ae72802");

        Assert.Equal("svg", XDocument.Parse(first).Root?.Name.LocalName);
        Assert.NotEqual(first, second);
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
    }
}
