namespace Depo.Core.Approvals.Subjects;

/// <summary>The registered <see cref="IApprovalSubject"/>s by object type; other types have no hooks (spec procurement §4.7).</summary>
public sealed class ApprovalSubjects(IEnumerable<IApprovalSubject> subjects)
{
    private readonly Dictionary<string, IApprovalSubject> byType = subjects.ToDictionary(s => s.ObjectType, StringComparer.Ordinal);

    public IApprovalSubject? For(string objectType) => byType.GetValueOrDefault(objectType);
}
