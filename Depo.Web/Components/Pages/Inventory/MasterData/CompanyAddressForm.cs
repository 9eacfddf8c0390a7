using System.ComponentModel.DataAnnotations;
using Depo.Core.Inventory.Companies;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The address dialog (spec inventory §1.4, §9.9); saving keeps the imported members of the edited address.</summary>
public sealed class CompanyAddressForm
{
    [Required(ErrorMessage = "name is required.")]
    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? City { get; set; }

    public string? Address { get; set; }

    public string? Description { get; set; }

    public string? Contact { get; set; }

    [EmailAddress(ErrorMessage = "email must be a valid e-mail address.")]
    public string? Email { get; set; }

    public static CompanyAddressForm From(CompanyAddress? address) => address is null ? new() : new()
    {
        Name = address.Name,
        Country = address.Country,
        City = address.City,
        Address = address.Address,
        Description = address.Description,
        Contact = address.Contact,
        Email = address.Email,
    };

    public CompanyAddress ToAddress(CompanyAddress? original) => new()
    {
        Name = Name ?? "",
        Country = Country ?? "",
        City = City ?? "",
        Address = Address ?? "",
        Description = Description ?? "",
        Contact = Contact ?? "",
        Email = Email ?? "",
        ExtraElements = original?.ExtraElements,
    };
}
