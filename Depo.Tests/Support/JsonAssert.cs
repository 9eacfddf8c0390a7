using System.Text.Json;

namespace Depo.Tests.Support;

/// <summary>Checks of response shapes: exact member names and the wire date format.</summary>
public static class JsonAssert
{
    public const string WireDatePattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    public static void HasExactlyKeys(JsonElement element, params string[] keys)
    {
        var actual = element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(keys.Order(StringComparer.Ordinal).ToArray(), actual);
    }

    public static void IsWireDate(JsonElement element)
    {
        Assert.Equal(JsonValueKind.String, element.ValueKind);
        Assert.Matches(WireDatePattern, element.GetString());
    }

    public static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";
}
