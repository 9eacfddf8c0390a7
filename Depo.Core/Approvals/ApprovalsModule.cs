using Depo.Core.Approvals.Flows;
using Depo.Core.Approvals.Signing;
using Depo.Core.Approvals.Subjects;
using Depo.Core.Approvals.Templates;
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
        ApprovalFlowClaim.Register();
        services.AddSingleton<IIndexSource>(new IndexSource(ApprovalFlowClaim.Indexes));
        services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CompanyTimeZoneOptions>().BindConfiguration(CompanyTimeZoneOptions.Section)
            .Validate(o => o.IsKnownZone(), "App:TimeZone must be a known IANA time zone.").ValidateOnStart();
        services.AddSingleton<ApprovalSubjects>();
        services.AddSingleton<SignerRoles>();
        services.AddSingleton<SignatureVerifier>();
        services.AddSingleton<SignaturePasswordLockout>();
        services.AddSingleton<Reauthentication>();
        services.AddSingleton<ApprovalSigning>();
        services.AddSingleton<SignatureRemoval>();
        services.AddSingleton<OfficerValidation>();
        services.AddSingleton<ApprovalTemplateService>();
        services.AddSingleton<ApprovalFlowCreation>();
        services.AddSingleton<ApprovalFlowService>();
        services.AddSingleton<SignerNames>();
        return services;
    }
}
