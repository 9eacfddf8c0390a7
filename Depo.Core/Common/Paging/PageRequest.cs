using Depo.Core.Common.Errors;

namespace Depo.Core.Common.Paging;

/// <summary>A bounded page: every list in Depo asks for one.</summary>
public sealed record PageRequest(int Skip, int Limit)
{
    /// <summary>Query values <c>skip</c> (or its synonym <c>offset</c>) and <c>limit</c>, checked against bounds.</summary>
    public static PageRequest FromQuery(int? skip, int? offset, int? limit, int defaultLimit, int maxLimit) =>
        skip is null && offset is not null
            ? Of(offset, limit, defaultLimit, maxLimit, "offset")
            : Of(skip, limit, defaultLimit, maxLimit);

    /// <summary>Checks query values against bounds, naming the parameter on failure.</summary>
    public static PageRequest Of(int? skip, int? limit, int defaultLimit, int maxLimit, string skipName = "skip")
    {
        var resolvedLimit = limit ?? defaultLimit;
        if (resolvedLimit < 1 || resolvedLimit > maxLimit)
            throw new ValidationFailedException("limit", $"limit must be between 1 and {maxLimit}.");
        var resolvedSkip = skip ?? 0;
        if (resolvedSkip < 0)
            throw new ValidationFailedException(skipName, $"{skipName} must be 0 or more.");
        return new PageRequest(resolvedSkip, resolvedLimit);
    }
}
