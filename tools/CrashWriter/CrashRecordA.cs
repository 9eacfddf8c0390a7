using Depo.Core.Storage;

namespace Depo.CrashWriter;

public sealed class CrashRecordA : StoredDocument
{
    public int Sequence { get; set; }
}
