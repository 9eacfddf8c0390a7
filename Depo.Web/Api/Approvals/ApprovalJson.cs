using System.Text.Json.Nodes;
using Depo.Core.Approvals;
using Depo.Web.Api.Json;
using MongoDB.Bson;

namespace Depo.Web.Api.Approvals;

/// <summary>Templates and flows on the wire: every stored field, <c>_id</c> and other ids as strings, dates as ISO UTC.</summary>
public static class ApprovalJson
{
    public static JsonObject Template(ApprovalTemplate template) => (JsonObject)BsonJson.ToNode(template.ToBsonDocument())!;

    public static JsonObject Flow(ApprovalFlow flow) => (JsonObject)BsonJson.ToNode(flow.ToBsonDocument())!;

    /// <summary>The procurement routes' shape: each signature also carries <c>user_name</c>, computed, not stored.</summary>
    public static JsonObject Flow(ApprovalFlow flow, IReadOnlyDictionary<string, string> names)
    {
        var json = Flow(flow);
        if (json["signatures"] is JsonArray signatures)
        {
            foreach (var signature in signatures.OfType<JsonObject>())
            {
                var userId = signature["user_id"]?.GetValue<string>() ?? "";
                signature["user_name"] = names.GetValueOrDefault(userId) ?? signature["username"]?.GetValue<string>();
            }
        }
        return json;
    }

    public static JsonObject Message(string message) => new() { ["message"] = message };
}
