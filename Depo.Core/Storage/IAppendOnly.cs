namespace Depo.Core.Storage;

/// <summary>Marks documents the store only ever inserts (the audit log): replace and delete are refused.</summary>
public interface IAppendOnly;
