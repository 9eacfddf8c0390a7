using Depo.Core.Identity.Users;
using Depo.Core.Ports;

namespace Depo.Core.Identity.SignIn;

/// <summary>What a successful credential check learnt: the local user, InvenTree's token and profile,
/// or the display name an external identity provider vouched for.</summary>
public sealed record CheckedCredentials(User? LocalUser, string? InvenTreeToken, InvenTreeProfile? Profile, string? ExternalName = null);
