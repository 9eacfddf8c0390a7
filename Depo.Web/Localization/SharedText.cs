namespace Depo.Web.Localization;

/// <summary>Strings of the shell and the shared components (English keys; Romanian in SharedText.ro.resx).</summary>
public sealed class SharedText;
