using Depo.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Depo.Core.Approvals;

public static class ApprovalsModule
{
    public static IServiceCollection AddApprovalsModule(this IServiceCollection services)
    {
        ApprovalCollections.Register();
        services.AddSingleton<IIndexSource>(new IndexSource(ApprovalCollections.Indexes));
        services.AddSingleton<ApprovalFlowLookup>();
        return services;
    }
}
