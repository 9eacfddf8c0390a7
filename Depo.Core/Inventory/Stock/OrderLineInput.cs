using MongoDB.Bson;

namespace Depo.Core.Inventory.Stock;

/// <summary>
/// A sales or purchase order line as the stock figures read it: the part (ObjectId or string), the
/// ordered quantity and what was already shipped or received (missing = 0).
/// </summary>
public sealed record OrderLineInput(BsonValue? PartId, decimal Quantity, decimal? Done);
