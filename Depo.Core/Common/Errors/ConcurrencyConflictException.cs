namespace Depo.Core.Common.Errors;

/// <summary>A write guarded by the version read lost the race (409).</summary>
public sealed class ConcurrencyConflictException()
    : ConflictException("The record was changed by someone else; reload.");
