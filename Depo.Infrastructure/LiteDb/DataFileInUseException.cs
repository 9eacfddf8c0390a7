namespace Depo.Infrastructure.LiteDb;

/// <summary>Another Depo process has the LiteDB file open.</summary>
public sealed class DataFileInUseException(string databaseFile)
    : IOException($"The data file {databaseFile} is in use by another Depo process.")
{
    public string DatabaseFile => databaseFile;
}
