using System.Text.Json;

namespace Depo.Core.Inventory.Stock;

/// <summary>The organisation name kept in the <c>content</c> of the <c>organizatie</c> config document.</summary>
public static class OrganisationName
{
    /// <summary>
    /// spec inventory §2.5 rule 2: the content string, or its <c>name</c> member when it holds a JSON
    /// object; null when neither yields a non-empty name.
    /// </summary>
    public static string? FromContent(string? content)
    {
        var text = content?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (!text.StartsWith('{'))
            return text;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
                && !string.IsNullOrWhiteSpace(name.GetString())
                ? name.GetString()!.Trim()
                : null;
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
