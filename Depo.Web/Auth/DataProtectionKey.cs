using Depo.Core.Storage;

namespace Depo.Web.Auth;

/// <summary>One key of the Data Protection key ring, kept in the database when MongoDB is the provider.</summary>
public sealed class DataProtectionKey : StoredDocument
{
    public const string Collection = "data_protection_keys";

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
