namespace Depo.Web.Localization;

/// <summary>Strings of the inventory pages.</summary>
public sealed class InventoryText;
