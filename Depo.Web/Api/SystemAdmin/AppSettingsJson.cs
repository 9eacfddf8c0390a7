using System.Text.Json.Serialization;
using Depo.Core.SystemAdmin.Config;

namespace Depo.Web.Api.SystemAdmin;

/// <summary>The company settings; without a stored document only the defaults (no id, no dates).</summary>
public sealed record AppSettingsJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Id,
    string CompanyName, string CompanyLogo,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTime? UpdatedAt)
{
    public static AppSettingsJson From(AppSettings? settings) => settings is null
        ? new(null, AppSettings.DefaultCompanyName, AppSettings.DefaultCompanyLogo, null, null)
        : new(settings.Id, settings.CompanyName ?? AppSettings.DefaultCompanyName,
            settings.CompanyLogo ?? AppSettings.DefaultCompanyLogo, settings.CreatedAt, settings.UpdatedAt);
}
