using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Companies;

/// <summary>Copies the present members of a body onto a company and checks the result (spec inventory §1.4, §3.4).</summary>
public static class CompanyFields
{
    public static void Apply(Company company, CompanyInputFields input, InputErrors errors)
    {
        if (input.Code is { } code)
            company.Code = code.Trim();
        if (input.Vatno is { } vatno)
            company.Vatno = vatno.Trim();
        if (input.Regno is { } regno)
            company.Regno = regno.Trim();
        if (input.PaymentConditions is { } paymentConditions)
            company.PaymentConditions = paymentConditions;
        if (input.Addresses is { } addresses)
            company.Addresses = CompanyEntries.Addresses(addresses, errors);
        if (input.Contacts is { } contacts)
            company.Contacts = CompanyEntries.Contacts(contacts, errors);
        if (!company.IsSupplier && !company.IsManufacturer && !company.IsClient)
        {
            foreach (var flag in (string[])["is_supplier", "is_manufacturer", "is_client"])
                errors.Add(flag, CompanyService.NoRole);
        }
    }
}
