using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;

namespace Depo.Core.Identity;

public static class IdentityCollections
{
    public const string Users = "users";
    public const string Roles = "roles";
    public const string Dashboard = "dashboard";
    public const string ApiTokens = "api_tokens";
    public const string UserSessions = "user_sessions";

    public static void Register()
    {
        DocumentMap.Register<User>(Users, map =>
        {
            foreach (var member in new[] { "Firstname", "Lastname", "LocalRole" })
                map.GetMemberMap(member).SetIgnoreIfNull(false);
        });
        DocumentMap.Register<Role>(Roles);
        DocumentMap.Register<DashboardShortcuts>(Dashboard);
        DocumentMap.Register<ApiToken>(ApiTokens);
        DocumentMap.Register<UserSession>(UserSessions);
    }

    public static IEnumerable<IndexDefinition> Indexes =>
    [
        IndexDefinition.On(Users, "username", unique: true),
        IndexDefinition.On(UserSessions, "token_hash", unique: true),
        IndexDefinition.On(UserSessions, "user_id"),
        new(UserSessions, [SortBy.Asc("expires_at")], ExpireAfter: TimeSpan.FromDays(7)),
        new(ApiTokens, [SortBy.Asc("token_hash")], Unique: true, Sparse: true),
        IndexDefinition.On(Roles, "slug"),
        IndexDefinition.On(Roles, "name"),
        IndexDefinition.On(Dashboard, "role"),
    ];
}
