namespace Depo.Web.Localization;

/// <summary>Strings of the sign-in, setup, dashboard shortcuts and users pages.</summary>
public sealed class IdentityText;
