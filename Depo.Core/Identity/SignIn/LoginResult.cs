using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;

namespace Depo.Core.Identity.SignIn;

/// <summary>A successful sign-in: the user, the session row and its plaintext token (shown once).</summary>
public sealed record LoginResult(User User, UserSession Session, string Token);
