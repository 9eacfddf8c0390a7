using System.Reflection;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Validation;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace Depo.Web.Components.Shared;

/// <summary>
/// Shows a failed call: field messages of a 400 under their fields (through the form's EditContext), the rest
/// above the form, and a conflict with a reload button.
/// </summary>
public partial class ServerErrors
{
    private readonly List<string> messages = [];
    private ValidationMessageStore? fieldMessages;
    private EditContext? attached;
    private bool isConflict;

    [CascadingParameter]
    private EditContext? EditContext { get; set; }

    /// <summary>Called by the reload button of a conflict; without it the page reloads.</summary>
    [Parameter]
    public EventCallback OnReload { get; set; }

    public bool HasErrors => messages.Count > 0 || isConflict;

    public void Show(DepoException failure)
    {
        ClearMessages();
        isConflict = failure is ConcurrencyConflictException;
        if (failure is ValidationFailedException { Errors.Count: > 0 } invalid)
            ShowFields(invalid);
        else
            messages.Add(ServerMessages.Translate(failure.Message, T));
        EditContext?.NotifyValidationStateChanged();
        StateHasChanged();
    }

    public void Clear()
    {
        ClearMessages();
        EditContext?.NotifyValidationStateChanged();
        StateHasChanged();
    }

    public void Dispose() => Detach();

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(EditContext, attached))
            return;
        Detach();
        attached = EditContext;
        if (attached is null)
            return;
        fieldMessages = new ValidationMessageStore(attached);
        attached.OnFieldChanged += ClearField;
    }

    private void ShowFields(ValidationFailedException invalid)
    {
        foreach (var (field, fieldErrors) in invalid.Errors)
        {
            var translated = fieldErrors.Select(e => ServerMessages.Translate(e, T)).ToList();
            if (attached is { } context && fieldMessages is not null && PropertyFor(context, field) is { } property)
                fieldMessages.Add(context.Field(property.Name), translated);
            else
                messages.AddRange(translated);
        }
    }

    // Errors carry snake_case keys (the API's); the form's model has the PascalCase property.
    private static PropertyInfo? PropertyFor(EditContext context, string field) => context.Model.GetType()
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .FirstOrDefault(p => SnakeCase.Of(p.Name) == field);

    private void ClearField(object? sender, FieldChangedEventArgs args) => fieldMessages?.Clear(args.FieldIdentifier);

    private void ClearMessages()
    {
        messages.Clear();
        isConflict = false;
        fieldMessages?.Clear();
    }

    private async Task ReloadAsync()
    {
        if (OnReload.HasDelegate)
        {
            Clear();
            await OnReload.InvokeAsync();
        }
        else
        {
            Navigation.Refresh(forceReload: true);
        }
    }

    private void Detach()
    {
        if (attached is not null)
            attached.OnFieldChanged -= ClearField;
        attached = null;
        fieldMessages = null;
    }
}
