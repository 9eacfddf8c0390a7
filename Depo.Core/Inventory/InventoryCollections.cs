using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Bom;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Ledger;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.OwnedElsewhere;
using Depo.Core.Inventory.Stock;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;

namespace Depo.Core.Inventory;

/// <summary>The inventory collections (spec inventory §1) and their indexes (§7).</summary>
public static class InventoryCollections
{
    public const string Parts = "depo_parts";
    public const string Categories = "depo_categories";
    public const string Locations = "depo_locations";
    public const string Companies = "depo_companies";
    public const string PartsSuppliers = "depo_parts_suppliers";
    public const string Ums = "depo_ums";
    public const string Stocks = "depo_stocks";
    public const string StocksStates = "depo_stocks_states";
    public const string Bom = "depo_bom";
    public const string StockMovements = "depo_stock_movements";

    /// <summary>Owned by procurement; read by the stock enrichment (spec inventory §1.12, §2.5).</summary>
    public const string PurchaseOrders = "depo_purchase_orders";

    /// <summary>Owned by the system module; the stock enrichment reads the <c>organizatie</c> document.</summary>
    public const string Config = "config";

    /// <summary>Owned by the requests module (spec inventory §4.2, §4.3); read here by the location delete guard.</summary>
    public const string Requests = "depo_requests";
    public const string RequestsStates = "depo_requests_states";

    /// <summary>Shared with procurement: <c>{_id: sequence name, seq: long}</c> (spec inventory §1.11).</summary>
    public const string Counters = "depo_counters";

    /// <summary>The sequence that numbers the parts Depo creates (spec inventory §0.6).</summary>
    public const string PartLegacyIdSequence = "part_legacy_id";

    public static void Register()
    {
        DocumentMap.Register<Article>(Parts, map =>
        {
            map.GetMemberMap(nameof(Article.LegacyId)).SetElementName("id");
            KeepNulls(map, nameof(Article.SystemUmId), nameof(Article.CategoryId), nameof(Article.DefaultLocationId), nameof(Article.ManufacturerId));
        });
        DocumentMap.Register<Category>(Categories, map => KeepNulls(map, nameof(Category.ParentId)));
        DocumentMap.Register<Location>(Locations, map => KeepNulls(map, nameof(Location.ParentId)));
        DocumentMap.Register<Company>(Companies);
        DocumentMap.Register<ArticleSupplier>(PartsSuppliers);
        DocumentMap.Register<UnitOfMeasure>(Ums);
        DocumentMap.Register<StockItem>(Stocks);
        DocumentMap.Register<StockState>(StocksStates);
        DocumentMap.Register<BomLine>(Bom);
        DocumentMap.Register<StockMovement>(StockMovements, map => KeepNulls(map,
            nameof(StockMovement.FromLocationId), nameof(StockMovement.ToLocationId),
            nameof(StockMovement.FromStockId), nameof(StockMovement.ToStockId),
            nameof(StockMovement.FromStateId), nameof(StockMovement.ToStateId),
            nameof(StockMovement.RequestId), nameof(StockMovement.Reference)));
        RegisterArticleReaders();
        SearchKeys.Register<StockItem>(StockListFilter.SearchFields);
        DocumentMap.Register<StockPurchaseOrder>(PurchaseOrders);
        DocumentMap.Register<OrganisationConfig>(Config);
    }

    /// <summary>Depo-owned claims of IPNs (spec inventory §1.1.1, see <see cref="IpnClaim"/>).</summary>
    public const string IpnClaims = "depo_parts_ipn_claims";

    // Articles are searched by name, IPN and description (decision 0004); collections owned by later
    // modules are read through read-only types that keep every stored field.
    private static void RegisterArticleReaders()
    {
        SearchKeys.Register<Article>(ArticleListQuery.SearchFields);
        DocumentMap.Register<IpnClaim>(IpnClaims);
        DocumentMap.Register<PurchaseOrderRecord>(PurchaseOrders);
        DocumentMap.Register<PurchaseOrderStateRecord>("depo_purchase_orders_states");
        DocumentMap.Register<SalesOrderRecord>("depo_sales_orders");
        DocumentMap.Register<RecipeRecord>("depo_recipes", map => map.GetMemberMap(nameof(RecipeRecord.LegacyId)).SetElementName("id"));
        DocumentMap.Register<StockRequestRecord>(Requests);
        DocumentMap.Register<StockRequestStateRecord>(RequestsStates);
    }

    // "ObjectId or null" fields are written as null rather than left out.
    private static void KeepNulls<T>(MongoDB.Bson.Serialization.BsonClassMap<T> map, params string[] members)
    {
        foreach (var member in members)
            map.GetMemberMap(member).SetIgnoreIfNull(false);
    }

    /// <summary>
    /// spec inventory §7. The "best-effort" unique indexes (<c>ipn</c> and company <c>code</c>, both
    /// case-insensitive, and state <c>value</c>) are plain indexes here: the storage port has no
    /// collation, partial filter or best-effort build, and existing duplicates must not stop start-up;
    /// the application checks of §1.1.1 and §1.4.1 enforce them.
    /// </summary>
    public static IEnumerable<IndexDefinition> Indexes =>
    [
        new(Parts, [SortBy.Asc("id")], Unique: true, Sparse: true),
        IndexDefinition.On(Parts, "ipn"),
        IndexDefinition.On(Parts, "name"),
        IndexDefinition.On(Parts, "category_id"),
        IndexDefinition.On(Parts, "manufacturer_id"),
        new(Parts, [SortBy.Asc("is_active"), SortBy.Asc("name")]),
        IndexDefinition.On(Categories, "parent_id"),
        IndexDefinition.On(Categories, "name"),
        IndexDefinition.On(Locations, "parent_id"),
        IndexDefinition.On(Locations, "name"),
        IndexDefinition.On(Companies, "name"),
        new(Companies, [SortBy.Asc("is_supplier"), SortBy.Asc("name")]),
        new(Companies, [SortBy.Asc("is_manufacturer"), SortBy.Asc("name")]),
        new(Companies, [SortBy.Asc("is_client"), SortBy.Asc("name")]),
        IndexDefinition.On(Companies, "code"),
        new(PartsSuppliers, [SortBy.Asc("part_id"), SortBy.Asc("supplier_id")], Unique: true),
        IndexDefinition.On(PartsSuppliers, "supplier_id"),
        IndexDefinition.On(Ums, "name"),
        new(Stocks, [SortBy.Asc("part_id"), SortBy.Asc("state_id")]),
        new(Stocks, [SortBy.Asc("part_id"), SortBy.Asc("location_id"), SortBy.Asc("batch_code")]),
        IndexDefinition.On(Stocks, "location_id"),
        new(Stocks, [SortBy.Desc("created_at"), SortBy.Desc("_id")]),
        IndexDefinition.On(Stocks, "purchase_order_id"),
        IndexDefinition.On(Stocks, "batch_code"),
        IndexDefinition.On(Stocks, "source_stock_id"),
        new(Stocks, [SortBy.Asc("purchase_order_id"), SortBy.Asc("receipt_key")], Unique: true, Sparse: true),
        IndexDefinition.On(StocksStates, "value"),
        IndexDefinition.On(Bom, "part_id"),
        IndexDefinition.On(Bom, "sub_part_id"),
        new(StockMovements, [SortBy.Asc("part_id"), SortBy.Desc("moved_at")]),
        IndexDefinition.On(StockMovements, "request_id"),
        IndexDefinition.On(StockMovements, "from_stock_id"),
        IndexDefinition.On(StockMovements, "to_stock_id"),
        SearchKeys.Index(Parts),
        // The stock list (spec inventory §3.6): each filter of a page together with its sort, and the search keys.
        new(Stocks, [SortBy.Asc("location_id"), SortBy.Desc("created_at"), SortBy.Desc("_id")]),
        new(Stocks, [SortBy.Asc("part_id"), SortBy.Desc("created_at"), SortBy.Desc("_id")]),
        new(Stocks, [SortBy.Asc("state_id"), SortBy.Desc("created_at"), SortBy.Desc("_id")]),
        SearchKeys.Index(Stocks),
    ];
}
