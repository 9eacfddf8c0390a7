using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Paging;

/// <summary>A bounded page: every list in Depo asks for one.</summary>
public sealed record PageRequest(int Skip, int Limit)
{
    /// <summary>Checks query values against bounds, naming the parameter on failure.</summary>
    public static PageRequest Of(int? skip, int? limit, int defaultLimit, int maxLimit)
    {
        var resolvedLimit = limit ?? defaultLimit;
        if (resolvedLimit < 1 || resolvedLimit > maxLimit)
            throw new ValidationFailedException("limit", $"limit must be between 1 and {maxLimit}.");
        var resolvedSkip = skip ?? 0;
        if (resolvedSkip < 0)
            throw new ValidationFailedException("skip", "skip must be 0 or more.");
        return new PageRequest(resolvedSkip, resolvedLimit);
    }
}
