namespace Depo.Tests.Support;

/// <summary>The kinds of caller every route is tried with.</summary>
public enum Credential
{
    Anonymous,
    InvalidToken,
    MalformedHeader,
    User,
    Admin,
    ApiTokenWithoutRight,
    ApiTokenWithRight,
}
