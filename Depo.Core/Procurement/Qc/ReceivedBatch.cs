namespace Depo.Core.Procurement.Qc;

/// <summary>A batch of one part received on an order, with the quantity received at receipt time.</summary>
public sealed record ReceivedBatch(string BatchCode, string PartId, string PartName, string PartIpn, decimal Quantity);
