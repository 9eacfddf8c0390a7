using Depo.Core.Common.Actors;

namespace Depo.Core.Procurement;

/// <summary>The procurement permissions and API rights (spec procurement §2.6, §5.9).</summary>
public static class ProcurementAccess
{
    public const string View = "procurement.view";
    public const string Edit = "procurement.edit";
    public const string Receive = "procurement.receive";
    public const string Qc = "procurement.qc";
    public const string ReadRight = "procurement:read";
    public const string WriteRight = "procurement:write";

    /// <summary>GET routes: <c>procurement.view</c>, or an API token with <c>procurement:read</c>.</summary>
    public static void DemandView(Actor actor) => actor.Demand(View, ReadRight);

    /// <summary>Writes marked <c>procurement:write</c> in §5.9: <c>procurement.edit</c>, or a token with that right.</summary>
    public static void DemandEdit(Actor actor) => actor.Demand(Edit, WriteRight);

    /// <summary>Receiving: <c>procurement.receive</c>, or a token with <c>procurement:write</c>.</summary>
    public static void DemandReceive(Actor actor) => actor.Demand(Receive, WriteRight);

    /// <summary>QC records are written from the staff pages only.</summary>
    public static void DemandQc(Actor actor) => actor.Demand(Qc);
}
