using System.Security.Cryptography;
using System.Text;

namespace Depo.Core.Inventory.Demo;

/// <summary>Demo documents get ids derived from their names, so a second seeding finds them and adds nothing.</summary>
public static class DemoIds
{
    public static string For(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"depo-demo:{kind}:{key}"));
        return Convert.ToHexStringLower(hash, 0, 12);
    }
}
