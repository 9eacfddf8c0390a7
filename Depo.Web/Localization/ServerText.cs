namespace Depo.Web.Localization;

/// <summary>
/// The messages Core throws (validation, refusals, not found, conflicts), keyed by their English text; <c>{0}</c>,
/// <c>{1}</c>… stand where Core puts values. <see cref="ServerMessages"/> translates them.
/// </summary>
public sealed class ServerText;
