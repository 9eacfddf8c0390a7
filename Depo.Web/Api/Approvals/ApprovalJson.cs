using System.Text.Json.Nodes;
using Depo.Core.Approvals;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Approvals;

/// <summary>Templates and flows on the wire: every stored field, <c>_id</c> and other ids as strings, dates as ISO UTC.</summary>
public static class ApprovalJson
{
    public static JsonObject Template(ApprovalTemplate template) => (JsonObject)BsonJson.ToNode(template.ToBsonDocument())!;

    /// <summary>Signatures always show <c>ip_address</c> and <c>user_agent</c>, null when unknown or redacted.</summary>
    public static JsonObject Flow(ApprovalFlow flow)
    {
        var json = (JsonObject)BsonJson.ToNode(flow.ToBsonDocument())!;
        foreach (var signature in Signatures(json))
        {
            signature.TryAdd("ip_address", null);
            signature.TryAdd("user_agent", null);
        }
        return json;
    }

    /// <summary>The procurement routes' shape: each signature also carries <c>user_name</c>, computed, not stored.</summary>
    public static JsonObject Flow(ApprovalFlow flow, IReadOnlyDictionary<string, string> names)
    {
        var json = Flow(flow);
        foreach (var signature in Signatures(json))
        {
            var userId = signature["user_id"]?.GetValue<string>() ?? "";
            signature["user_name"] = names.GetValueOrDefault(userId) ?? signature["username"]?.GetValue<string>();
        }
        return json;
    }

    private static IEnumerable<JsonObject> Signatures(JsonObject flow) =>
        flow["signatures"] is JsonArray signatures ? signatures.OfType<JsonObject>() : [];

    public static JsonObject Message(string message) => new() { ["message"] = message };
}
