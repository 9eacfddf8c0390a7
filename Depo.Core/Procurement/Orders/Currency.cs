using Depo.Core.Storage;

namespace Depo.Core.Procurement.Orders;

/// <summary>A <c>currencies</c> document (spec procurement §5.1.7), read only: orders name one by code or by id.</summary>
public sealed class Currency : StoredDocument
{
    public string Name { get; set; } = "";

    public string Abrev { get; set; } = "";
}
