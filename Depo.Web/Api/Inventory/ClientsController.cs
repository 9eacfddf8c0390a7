using Depo.Core.Inventory.Companies;
using Microsoft.AspNetCore.Mvc;

namespace Depo.Web.Api.Inventory;

/// <summary>Companies with <c>is_client</c> (spec inventory §3.4).</summary>
[Route("modules/inventory/api/clients")]
public sealed class ClientsController(CompanyService companies) : CompanyFamilyController(companies, CompanyRole.Client);
