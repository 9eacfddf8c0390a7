using System.Net.Mail;
using Depo.Core.Common.Validation;

namespace Depo.Core.Inventory.Companies;

/// <summary>
/// Checks and tidies the addresses and contacts of a body (spec inventory §1.4): a name is required, a non-empty
/// e-mail must be valid; errors name the element, e.g. <c>contacts[2].email</c>. Missing strings become <c>""</c>.
/// </summary>
public static class CompanyEntries
{
    public static List<CompanyAddress> Addresses(IReadOnlyList<CompanyAddress?> addresses, InputErrors errors)
    {
        var result = new List<CompanyAddress>();
        for (var i = 0; i < addresses.Count; i++)
        {
            if (addresses[i] is not { } address)
            {
                errors.Add($"addresses[{i}]", "An address must be an object.");
                continue;
            }
            address.Name = RequiredName(address.Name, $"addresses[{i}]", errors);
            (address.Country, address.City, address.Address) = (address.Country ?? "", address.City ?? "", address.Address ?? "");
            (address.Description, address.Contact) = (address.Description ?? "", address.Contact ?? "");
            address.Email = CheckedEmail(address.Email, $"addresses[{i}]", errors);
            result.Add(address);
        }
        return result;
    }

    public static List<CompanyContact> Contacts(IReadOnlyList<CompanyContact?> contacts, InputErrors errors)
    {
        var result = new List<CompanyContact>();
        for (var i = 0; i < contacts.Count; i++)
        {
            if (contacts[i] is not { } contact)
            {
                errors.Add($"contacts[{i}]", "A contact must be an object.");
                continue;
            }
            contact.Name = RequiredName(contact.Name, $"contacts[{i}]", errors);
            (contact.Role, contact.Phone) = (contact.Role ?? "", contact.Phone ?? "");
            contact.Email = CheckedEmail(contact.Email, $"contacts[{i}]", errors);
            result.Add(contact);
        }
        return result;
    }

    public static bool IsValidEmail(string email) =>
        MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.DisplayName.Length == 0;

    private static string RequiredName(string? name, string element, InputErrors errors)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            errors.Add($"{element}.name", "name is required.");
        return trimmed;
    }

    private static string CheckedEmail(string? email, string element, InputErrors errors)
    {
        var trimmed = email?.Trim() ?? "";
        if (trimmed.Length > 0 && !IsValidEmail(trimmed))
            errors.Add($"{element}.email", "email must be a valid e-mail address.");
        return trimmed;
    }
}
