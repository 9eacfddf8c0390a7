namespace Depo.Core.Storage;

/// <summary>The counters collection shared by every module's numbering (spec inventory §1.11, procurement §5.2).</summary>
public static class Sequences
{
    public const string Collection = "depo_counters";
    public const string ValueField = "seq";
}
