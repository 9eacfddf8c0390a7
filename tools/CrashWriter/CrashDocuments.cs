using Depo.Core.Storage;

namespace Depo.CrashWriter;

/// <summary>The collections the crash writer fills; the crash test reads them back with the same maps.</summary>
public static class CrashDocuments
{
    public static void Register()
    {
        DocumentMap.Register<CrashRecordA>("crash_records_a");
        DocumentMap.Register<CrashRecordB>("crash_records_b");
        DocumentMap.Register<CrashCounter>("crash_counters");
    }
}
