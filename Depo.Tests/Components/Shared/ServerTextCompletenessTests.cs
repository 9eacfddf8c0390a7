using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using Depo.Core.Common.Errors;
using Depo.Web.Localization;

namespace Depo.Tests.Components.Shared;

/// <summary>
/// Every message the Core modules that pages call can throw has a Romanian text in ServerText: the messages in the
/// sources (literal and interpolated, with sample values in place of the interpolations), the DataAnnotations
/// messages of the input records, the constants, and messages Core composes from parts.
/// </summary>
public sealed partial class ServerTextCompletenessTests
{
    private static readonly string[] Modules = ["Procurement", "Approvals", "Inventory", "Common", "Identity"];

    // Found by the source scan but not messages in their own right: a role name, and the tree messages worded from a
    // noun ("category", "location"), whose worded forms are in ComposedMessages.
    private static readonly HashSet<string> NotOnTheirOwn =
    [
        "standard user",
        "Cannot delete x1 with x1 x1. Delete or move them first.",
        "A x1 cannot be its own parent",
    ];

    public static TheoryData<string> ComposedMessages =>
    [
        "Category not found",
        "Location not found",
        "Parent category not found",
        "Parent location not found",
        "A category cannot be its own parent",
        "A location cannot be its own parent",
        "Cannot delete category with 3 subcategories. Delete or move them first.",
        "Cannot delete location with 2 sublocations. Delete or move them first.",
        "The company is in use (2 articles, 1 article-supplier links, 4 stock records, 1 purchase orders)",
        "The article is in use; deactivate it instead (1 stock record, 2 purchase orders, 1 stock request, 3 recipes, 1 BOM line)",
        "You have already signed",
        "You are not authorized to sign this order",
        "sort must be one of created_at, reference, supplier.",
        "sort_by must be one of name, ipn.",
        "Unknown fields: colour, weight",
        "The order is already Issued",
        "Cannot change state from Pending to Finished",
        "State 'Shipped' not found",
        "Files of type 'exe' are not allowed; allowed: pdf, png, jpg.",
        "The field Name must be a string with a minimum length of 1 and a maximum length of 100.",
    ];

    [Theory]
    [MemberData(nameof(ComposedMessages))]
    public void ComposedMessage_HasARomanianText(string message) => AssertTranslated([message]);

    [Fact]
    public void ThrownMessagesInTheSources_HaveARomanianText()
    {
        var messages = SourceFiles().SelectMany(MessagesIn).Distinct().Where(m => !NotOnTheirOwn.Contains(m)).ToList();

        Assert.True(messages.Count > 150, $"only {messages.Count} messages found; has the scan broken?");
        AssertTranslated(messages);
    }

    [Fact]
    public void ValidationAttributeMessages_HaveARomanianText()
    {
        var messages = CoreTypes().Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(p => p.GetCustomAttributes<ValidationAttribute>(inherit: true).Select(a => a.FormatErrorMessage(p.Name)))
            .Distinct().ToList();

        Assert.NotEmpty(messages);
        AssertTranslated(messages);
    }

    [Fact]
    public void SentenceConstants_HaveARomanianText()
    {
        var messages = CoreTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f is { IsLiteral: true } && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(LooksLikeAMessage).Distinct().ToList();

        Assert.NotEmpty(messages);
        AssertTranslated(messages);
    }

    private static void AssertTranslated(IEnumerable<string> messages)
    {
        using var culture = new UiCulture("ro");
        var missing = messages.Where(m => ServerMessages.Translate(m) == m).ToList();
        Assert.True(missing.Count == 0, "No Romanian text for:\n" + string.Join("\n", missing));
    }

    private static IEnumerable<Type> CoreTypes() => typeof(DepoException).Assembly.GetTypes()
        .Where(t => Modules.Any(m => t.Namespace?.StartsWith($"Depo.Core.{m}", StringComparison.Ordinal) == true))
        .Where(t => t.Namespace?.Contains(".Demo", StringComparison.Ordinal) != true);

    private static IEnumerable<string> SourceFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Depo.sln")))
            root = root.Parent;
        Assert.NotNull(root);
        return Modules.SelectMany(m => Directory.EnumerateFiles(Path.Combine(root.FullName, "Depo.Core", m), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Demo{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith("Options.cs", StringComparison.Ordinal) && !f.EndsWith("Module.cs", StringComparison.Ordinal));
    }

    // Literals on the lines that throw or collect a failure; an interpolation becomes a sample value.
    private static IEnumerable<string> MessagesIn(string file) => File.ReadLines(file)
        .Where(line => FailureLine().IsMatch(line) && !line.Contains("Log", StringComparison.Ordinal))
        .SelectMany(line => Literal().Matches(line))
        .Select(match => match.Groups["interpolated"].Success ? Interpolation().Replace(match.Groups["text"].Value, "x1") : match.Groups["text"].Value)
        .Select(text => text.Replace("\\\"", "\"", StringComparison.Ordinal))
        .Where(text => !text.Contains('{', StringComparison.Ordinal))    // an interpolation holding quotes: in ComposedMessages
        .Where(LooksLikeAMessage);

    // A sentence, not a field name, a fragment joined to others ("sort must be one of " + …) or a hash layout.
    private static bool LooksLikeAMessage(string text) =>
        text.Contains(' ', StringComparison.Ordinal) && char.IsLetterOrDigit(text[0]) && !char.IsWhiteSpace(text[^1])
        && !text.Contains("\"object_id\"", StringComparison.Ordinal);

    [GeneratedRegex(@"Exception\(|\.Add\(|ErrorMessage\s*=|const string|Refusal\.Of\(|Problem\(|\? ""|: """)]
    private static partial Regex FailureLine();

    [GeneratedRegex(@"(?<interpolated>\$)?""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\{[^{}]*(\{[^{}]*\}[^{}]*)*\}")]
    private static partial Regex Interpolation();
}
