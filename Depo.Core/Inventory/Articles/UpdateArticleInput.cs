using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Articles;

/// <summary>
/// Body of <c>PUT /modules/inventory/api/articles/{article_id}</c> (spec inventory §3.1): a partial update.
/// Null or absent members are unchanged, except the four id members, whose presence with <c>""</c> or
/// null clears them. Members not declared here are ignored.
/// </summary>
public sealed class UpdateArticleInput
{
    private string? categoryId;
    private string? defaultLocationId;
    private string? manufacturerId;
    private string? systemUmId;

    [TrimmedLength(1, 300, ErrorMessage = "name must be 1 to 300 characters.")]
    public string? Name { get; set; }

    [TrimmedLength(1, 100, ErrorMessage = "ipn must be 1 to 100 characters.")]
    public string? Ipn { get; set; }

    [TrimmedLength(1, 20, ErrorMessage = "um must be 1 to 20 characters.")]
    public string? Um { get; set; }

    public string? Description { get; set; }

    public string? Notes { get; set; }

    public List<string?>? Keywords { get; set; }

    public string? Link { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "default_expiry must be 0 or more.")]
    public int? DefaultExpiry { get; set; }

    [Range(typeof(decimal), "0", "79228162514264337593543950335", ErrorMessage = "minimum_stock must be 0 or more.")]
    public decimal? MinimumStock { get; set; }

    public bool? IsComponent { get; set; }

    public bool? IsAssembly { get; set; }

    public bool? IsTestable { get; set; }

    public bool? IsSalable { get; set; }

    public bool? IsActive { get; set; }

    public string? StorageConditions { get; set; }

    public bool? Regulated { get; set; }

    public bool? Lotallexp { get; set; }

    [RegularExpression("^(FIFO|LIFO|FEFO)$", ErrorMessage = "selection_method must be FIFO, LIFO or FEFO.")]
    public string? SelectionMethod { get; set; }

    public string? ManufacturerIpn { get; set; }

    public string? TotalDeliveryTime { get; set; }

    /// <summary>Addition: the <c>version</c> the client read; a different stored version is a 409 (spec inventory §0.1).</summary>
    public int? Version { get; set; }

    public string? CategoryId { get => categoryId; set => (categoryId, HasCategoryId) = (value, true); }

    public string? DefaultLocationId { get => defaultLocationId; set => (defaultLocationId, HasDefaultLocationId) = (value, true); }

    public string? ManufacturerId { get => manufacturerId; set => (manufacturerId, HasManufacturerId) = (value, true); }

    public string? SystemUmId { get => systemUmId; set => (systemUmId, HasSystemUmId) = (value, true); }

    [JsonIgnore]
    public bool HasCategoryId { get; private set; }

    [JsonIgnore]
    public bool HasDefaultLocationId { get; private set; }

    [JsonIgnore]
    public bool HasManufacturerId { get; private set; }

    [JsonIgnore]
    public bool HasSystemUmId { get; private set; }
}
