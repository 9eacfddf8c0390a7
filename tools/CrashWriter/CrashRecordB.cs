using Depo.Core.Storage;

namespace Depo.CrashWriter;

public sealed class CrashRecordB : StoredDocument
{
    public int Sequence { get; set; }
}
