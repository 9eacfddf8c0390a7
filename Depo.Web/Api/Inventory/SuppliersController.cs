using Depo.Core.Inventory.Companies;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_supplier</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/suppliers")]
public sealed class SuppliersController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Supplier);
