namespace Depo.Infrastructure.LiteDb;

/// <summary>
/// LiteDB's direct mode keeps pages cached in one process; a second process writing the same file
/// would corrupt it. A lock file held for the store's lifetime makes a second opener fail clearly.
/// </summary>
internal static class DataFileLock
{
    public static FileStream Acquire(string databaseFile)
    {
        var lockFile = Path.GetFullPath(databaseFile) + ".lock";
        try
        {
            return new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            throw new DataFileInUseException(databaseFile);
        }
    }
}
