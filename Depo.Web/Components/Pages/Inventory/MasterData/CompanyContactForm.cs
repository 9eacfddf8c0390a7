using System.ComponentModel.DataAnnotations;
using Depo.Core.Inventory.Companies;

namespace Depo.Web.Components.Pages.Inventory.MasterData;

/// <summary>The contact dialog (spec inventory §1.4, §9.9); saving keeps the imported members of the edited contact.</summary>
public sealed class CompanyContactForm
{
    [Required(ErrorMessage = "name is required.")]
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Phone { get; set; }

    [EmailAddress(ErrorMessage = "email must be a valid e-mail address.")]
    public string? Email { get; set; }

    public static CompanyContactForm From(CompanyContact? contact) =>
        contact is null ? new() : new() { Name = contact.Name, Role = contact.Role, Phone = contact.Phone, Email = contact.Email };

    public CompanyContact ToContact(CompanyContact? original) => new()
    {
        Name = Name ?? "",
        Role = Role ?? "",
        Phone = Phone ?? "",
        Email = Email ?? "",
        ExtraElements = original?.ExtraElements,
    };
}
