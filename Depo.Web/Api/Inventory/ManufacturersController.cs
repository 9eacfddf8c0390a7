using Depo.Core.Inventory.Companies;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_manufacturer</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/manufacturers")]
public sealed class ManufacturersController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Manufacturer);
