using Depo.Core.Forms;
using Depo.Core.Identity.ApiTokens;
using Depo.Core.Identity.Roles;
using Depo.Core.Identity.Sessions;
using Depo.Core.Identity.Setup;
using Depo.Core.Identity.SignIn;
using Depo.Core.Identity.Users;
using Depo.Core.Storage;
using Depo.Core.SystemAdmin.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Identity;

public static class IdentityModule
{
    public static IServiceCollection AddIdentityModule(this IServiceCollection services)
    {
        IdentityCollections.Register();
        FormsCollections.Register();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<StaffRefresher>();
        services.AddSingleton<FirstRunSetup>();
        services.AddSingleton<RoleDirectory>();
        services.AddSingleton<SessionRevoker>();
        services.AddSingleton<SessionService>();
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<CredentialCheck>();
        services.AddSingleton<UserProvisioning>();
        services.AddSingleton<UserAccounts>();
        services.AddScoped<SignInService>();
        services.AddScoped<UserService>();
        services.AddScoped<AccountService>();
        services.AddSingleton<IdentityMigration>();
        services.AddSingleton<IDemoSeeder, RoleDemoSeeder>();
        services.AddSingleton<IIndexSource>(new IndexSource([.. IdentityCollections.Indexes, .. FormsCollections.Indexes]));
        return services;
    }
}
