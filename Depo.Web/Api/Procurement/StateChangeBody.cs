namespace Depo.Web.Api.Procurement;

/// <summary>The JSON alternative to the query parameters of the state route (spec procurement §5.9).</summary>
public sealed record StateChangeBody(string? StateName, string? Reason);
