using Depo.Core.Audit;
using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Common.Validation;
using Depo.Core.Storage;
using MongoDB.Bson;

namespace Depo.Core.Inventory.Companies;

/// <summary>
/// Suppliers, manufacturers and clients (spec inventory §1.4, §3.4, §8.8): one collection, one service; the route
/// family only chooses the role flag a list filters on and a create defaults to.
/// </summary>
public sealed class CompanyService(IDocumentStore store, AuditWriter audit, TimeProvider clock)
{
    public const string NotFound = "Supplier not found";
    public const string NoRole = "At least one of is_supplier, is_client, or is_manufacturer must be selected";

    private readonly AuditedWrites writes = new(store, audit, clock);
    private readonly CompanyCodes codes = new(store);
    private readonly CompanyUses uses = new(store);

    /// <summary>The picker of <c>GET /companies</c>: search on name, optional role flags, sorted by name.</summary>
    public async Task<Page<Company>> PickAsync(string? search, CompanyRoleFilter roles, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = roles.ToFilter() & (string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name"));
        return await PageAsync(filter, page, cancellationToken);
    }

    /// <summary>The companies holding the family's role, searched on name, code, VAT and registration numbers.</summary>
    public async Task<Page<Company>> ListAsync(CompanyRole role, string? search, PageRequest page, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        var term = search?.Trim();
        var filter = Filter.Eq(role.FlagField(), true)
            & (string.IsNullOrEmpty(term) ? Filter.All : Filter.Text(term, "name", "code", "vatno", "regno"));
        return await PageAsync(filter, page, cancellationToken);
    }

    /// <summary>The company whatever its flags.</summary>
    public async Task<Company> GetAsync(CompanyRole role, string companyId, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandRead(actor);
        return await FindAsync(role, companyId, cancellationToken);
    }

    public async Task<Company> CreateAsync(CompanyRole role, CreateCompanyInput input, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var errors = InputErrors.Of(input);
        var company = new Company
        {
            Id = DocumentId.New(),
            Name = input.Name?.Trim() ?? "",
            IsSupplier = input.IsSupplier ?? role == CompanyRole.Supplier,
            IsManufacturer = input.IsManufacturer ?? role == CompanyRole.Manufacturer,
            IsClient = input.IsClient ?? role == CompanyRole.Client,
        };
        CompanyFields.Apply(company, input, errors);
        errors.ThrowIfAny();
        await codes.RefuseTakenAsync(company.Code, null, cancellationToken);
        await writes.InsertAsync(company, actor, "company_created", "company", Details(company), cancellationToken);
        return company;
    }

    /// <summary>Partial update; flags are checked on the merged result, arrays replace whole, <c>version</c> guards it.</summary>
    public async Task<Company> UpdateAsync(
        CompanyRole role, string companyId, UpdateCompanyInput input, string? ifMatch, Actor actor, CancellationToken cancellationToken)
    {
        InventoryAccess.DemandEdit(actor);
        var id = DocumentId.Parse(companyId, role.IdParameter());
        var errors = InputErrors.Of(input);
        var expectedVersion = input.Version ?? ExpectedVersion.FromIfMatch(ifMatch, errors);
        errors.ThrowIfAny();
        var company = await store.GetAsync<Company>(id, cancellationToken) ?? throw new NotFoundException(NotFound);
        if (expectedVersion is { } version && version != company.Version)
            throw new ConcurrencyConflictException();
        var before = company.ToBsonDocument();
        if (input.Name is { } name)
            company.Name = name.Trim();
        (company.IsSupplier, company.IsManufacturer, company.IsClient) = (
            input.IsSupplier ?? company.IsSupplier, input.IsManufacturer ?? company.IsManufacturer, input.IsClient ?? company.IsClient);
        CompanyFields.Apply(company, input, errors);
        errors.ThrowIfAny();
        if (input.Code is not null)
            await codes.RefuseTakenAsync(company.Code, company.Id, cancellationToken);
        await writes.ReplaceAsync(company, before, actor, "company_updated", "company", Details(company), cancellationToken);
        return company;
    }

    public async Task DeleteAsync(CompanyRole role, string companyId, Actor actor, CancellationToken cancellationToken)
    {
        actor.DemandAdmin();
        var company = await FindAsync(role, companyId, cancellationToken);
        var found = await uses.DescribeAsync(company.Id, cancellationToken);
        if (found.Count > 0)
            throw new ConflictException($"The company is in use ({string.Join(", ", found)})");
        await writes.DeleteAsync(company, actor, "company_deleted", "company", Details(company), cancellationToken);
    }

    private async Task<Company> FindAsync(CompanyRole role, string companyId, CancellationToken cancellationToken) =>
        await store.GetAsync<Company>(DocumentId.Parse(companyId, role.IdParameter()), cancellationToken)
            ?? throw new NotFoundException(NotFound);

    private async Task<Page<Company>> PageAsync(Filter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var (companies, total) = await store.FindPageAsync<Company>(new Query(filter, [SortBy.Asc("name")], page.Skip, page.Limit), cancellationToken);
        return new Page<Company>(companies, total, page.Skip, page.Limit);
    }

    private static BsonDocument Details(Company company) => new()
    {
        ["name"] = company.Name,
        ["flags"] = new BsonDocument
        {
            ["is_supplier"] = company.IsSupplier,
            ["is_manufacturer"] = company.IsManufacturer,
            ["is_client"] = company.IsClient,
        },
    };
}
