using System.Xml.Linq;
using Depo.Core.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Depo.Web.Auth;

/// <summary>
/// The key ring in the document store, so that several Depo instances on one MongoDB share it and
/// cookies survive restarts and fail-overs. The interface is synchronous; keys are read rarely.
/// </summary>
public sealed class StoreXmlRepository(IDocumentStore store) : IXmlRepository
{
    private const int MaxKeys = 1000;

    static StoreXmlRepository() => DocumentMap.Register<DataProtectionKey>(DataProtectionKey.Collection);

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.FindAsync<DataProtectionKey>(Query.Where(Filter.All, MaxKeys, SortBy.Asc("_id")), CancellationToken.None)
            .GetAwaiter().GetResult()
            .Select(key => XElement.Parse(key.Xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.InsertAsync(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) }, CancellationToken.None)
            .GetAwaiter().GetResult();
}
