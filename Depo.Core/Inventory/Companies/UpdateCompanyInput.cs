using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Companies;

/// <summary>Body of <c>PUT /suppliers/{id}</c> and its two siblings (spec inventory §3.4): partial, guarded by <c>version</c>.</summary>
public sealed class UpdateCompanyInput : CompanyInputFields
{
    [TrimmedLength(1, 300, ErrorMessage = "name must be 1 to 300 characters.")]
    public override string? Name { get; set; }

    /// <summary>The version the client read; the <c>If-Match</c> header may carry it instead.</summary>
    public int? Version { get; set; }
}
