namespace Depo.Tests.Support.InvenTree;

/// <summary>Credentials InvenTree accepts and the InvenTree token it issues for them.</summary>
public sealed record InvenTreeAccount(string Username, string Password, string Token);
