namespace Depo.Web.Localization;

/// <summary>Strings of the activity log page.</summary>
public sealed class AuditText;
