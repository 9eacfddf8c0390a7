using System.ComponentModel.DataAnnotations;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Depo.Web.Components.Shared;

/// <summary>
/// The form's DataAnnotations checks, as <c>DataAnnotationsValidator</c> runs them (the whole model on submit, a field
/// when it changes), with the messages in the user's language: Core's input records carry English messages that
/// are <see cref="ServerText"/> keys.
/// </summary>
public sealed class TranslatedAnnotationsValidator : ComponentBase, IDisposable
{
    private ValidationMessageStore? messages;
    private EditContext? attached;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    public void Dispose() => Detach();

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(EditContext, attached))
            return;
        Detach();
        attached = EditContext ?? throw new InvalidOperationException($"{nameof(TranslatedAnnotationsValidator)} belongs inside an EditForm.");
        messages = new ValidationMessageStore(attached);
        attached.OnValidationRequested += ValidateModel;
        attached.OnFieldChanged += ValidateField;
    }

    private void ValidateModel(object? sender, ValidationRequestedEventArgs args)
    {
        if (attached is null || messages is null)
            return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(attached.Model, new ValidationContext(attached.Model), results, validateAllProperties: true);
        messages.Clear();
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
                messages.Add(attached.Field(member), ServerMessages.Translate(result.ErrorMessage ?? ""));
        }
        attached.NotifyValidationStateChanged();
    }

    private void ValidateField(object? sender, FieldChangedEventArgs args)
    {
        var field = args.FieldIdentifier;
        if (attached is null || messages is null || field.Model.GetType().GetProperty(field.FieldName) is not { } property)
            return;
        var results = new List<ValidationResult>();
        Validator.TryValidateProperty(property.GetValue(field.Model), new ValidationContext(field.Model) { MemberName = field.FieldName }, results);
        messages.Clear(field);
        messages.Add(field, results.Select(r => ServerMessages.Translate(r.ErrorMessage ?? "")));
        attached.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (attached is not null)
        {
            attached.OnValidationRequested -= ValidateModel;
            attached.OnFieldChanged -= ValidateField;
        }
        attached = null;
        messages = null;
    }
}
