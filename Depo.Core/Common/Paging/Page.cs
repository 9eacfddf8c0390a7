namespace Depo.Core.Common.Paging;

/// <summary>One page of results with the total matching the filter.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Skip, int Limit)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new(Items.Select(map).ToList(), Total, Skip, Limit);
}
