using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;
using Depo.Core.Storage;

namespace Depo.Core.Inventory.Articles;

/// <summary>The id members of an article body: well-formed (400) and existing in the right collection (400 naming the member).</summary>
public sealed class ArticleReferenceChecks(IDocumentStore store)
{
    /// <summary>Null for absent or empty; a malformed id is added to <paramref name="errors"/>.</summary>
    public static string? ParseOptional(string? value, string member, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (DocumentId.IsValid(value.Trim()))
            return value.Trim().ToLowerInvariant();
        errors.Add(member, $"{member} must be a 24-character hexadecimal id.");
        return null;
    }

    public ArticleIdMembers ParseIdMembers(UpdateArticleInput input, InputErrors errors) => new(
        ParseOptional(input.CategoryId, "category_id", errors),
        ParseOptional(input.DefaultLocationId, "default_location_id", errors),
        ParseOptional(input.ManufacturerId, "manufacturer_id", errors),
        ParseOptional(input.SystemUmId, "system_um_id", errors));

    public async Task RequireIdMembersAsync(UpdateArticleInput input, ArticleIdMembers ids, CancellationToken cancellationToken)
    {
        if (input.HasCategoryId && ids.CategoryId is { } category)
            await RequireAsync<Category>(category, "category_id", "Category not found", cancellationToken);
        if (input.HasDefaultLocationId && ids.DefaultLocationId is { } location)
            await RequireAsync<Location>(location, "default_location_id", "Location not found", cancellationToken);
        if (input.HasManufacturerId && ids.ManufacturerId is { } manufacturer)
            await RequireCompanyAsync(manufacturer, "manufacturer_id", c => c.IsManufacturer, "The company is not a manufacturer", cancellationToken);
        if (input.HasSystemUmId && ids.SystemUmId is { } unit)
            await RequireAsync<UnitOfMeasure>(unit, "system_um_id", "Unit of measure not found", cancellationToken);
    }

    public async Task RequireAsync<T>(string id, string member, string message, CancellationToken cancellationToken) where T : StoredDocument
    {
        if (await store.GetAsync<T>(id, cancellationToken) is null)
            throw new ValidationFailedException(member, message);
    }

    public async Task<Company> RequireCompanyAsync(
        string id, string member, Func<Company, bool> hasRole, string wrongRole, CancellationToken cancellationToken)
    {
        var company = await store.GetAsync<Company>(id, cancellationToken)
            ?? throw new ValidationFailedException(member, "Company not found");
        return hasRole(company) ? company : throw new ValidationFailedException(member, wrongRole);
    }
}
