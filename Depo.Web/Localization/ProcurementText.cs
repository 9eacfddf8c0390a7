namespace Depo.Web.Localization;

/// <summary>Strings of the procurement and approval pages.</summary>
public sealed class ProcurementText;
