using System.ComponentModel.DataAnnotations;

namespace Depo.Core.Common.Validation;

/// <summary>A string whose length after trimming lies within bounds; null passes (absent means unchanged).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TrimmedLengthAttribute(int minimum, int maximum) : ValidationAttribute
{
    public int Minimum => minimum;

    public int Maximum => maximum;

    public override bool IsValid(object? value) =>
        value is not string text || text.Trim().Length is var length && length >= minimum && length <= maximum;
}
