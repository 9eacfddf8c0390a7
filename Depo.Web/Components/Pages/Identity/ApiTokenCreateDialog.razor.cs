using Depo.Core.Common.Errors;
using Depo.Core.Identity.ApiTokens;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>Creates an API token, then shows its secret once with a copy button.</summary>
public partial class ApiTokenCreateDialog
{
    // New tokens get one year unless the admin chooses otherwise (at most two, spec identity §2.7).
    private readonly CreateApiTokenInput input = new() { Expires = DateTime.Today.AddYears(1) };
    private ServerErrors serverErrors = null!;
    private string? secret;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = null!;

    [Inject]
    private ApiTokenService ApiTokens { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<IdentityText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    private void SetRights(IEnumerable<string>? rights) => input.Rights = [.. rights ?? []];

    private async Task CreateAsync()
    {
        saving = true;
        try
        {
            (_, secret) = await ApiTokens.CreateAsync(input, await GetActorAsync(), Aborted);
        }
        catch (DepoException failure)
        {
            serverErrors.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }

    private async Task CopyAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("depo.copyText", secret);
            Snackbar.Success(T["Copied to the clipboard."]);
        }
        catch (JSException)
        {
            // Browsers allow the clipboard only on HTTPS or localhost.
            Snackbar.Failure(T["Copying failed; select the token and copy it."]);
        }
    }

    private void Done() => Dialog.Close(DialogResult.Ok(true));

    private void Cancel() => Dialog.Cancel();
}
