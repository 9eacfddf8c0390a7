using Depo.Core.Identity.Users;
using Depo.Core.Ports;

namespace Depo.Core.Identity.SignIn;

/// <summary>What a successful credential check learnt: the local user, or InvenTree's token and profile.</summary>
public sealed record CheckedCredentials(User? LocalUser, string? InvenTreeToken, InvenTreeProfile? Profile);
