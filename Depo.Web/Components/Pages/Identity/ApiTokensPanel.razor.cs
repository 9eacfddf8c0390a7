using Depo.Core.Common.Errors;
using Depo.Core.Identity.ApiTokens;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Identity;

/// <summary>The API tokens section of the Users page: list, create (secret shown once), revoke (spec identity §8.6).</summary>
public partial class ApiTokensPanel
{
    private IReadOnlyList<ApiToken>? tokens;
    private string? busyTokenId;

    [Inject]
    private ApiTokenService ApiTokens { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private BrowserTime Time { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private IStringLocalizer<IdentityText> T { get; set; } = null!;

    [Inject]
    private IStringLocalizer<SharedText> Shared { get; set; } = null!;

    protected override Task OnInitializedAsync() => LoadAsync();

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
            return;
        await Time.LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        try
        {
            tokens = await ApiTokens.ListAsync(await GetActorAsync(), Aborted);
        }
        catch (DepoException failure)
        {
            tokens = [];
            Snackbar.Failure(failure, Shared);
        }
    }

    private async Task CreateAsync()
    {
        var options = new DialogOptions { BackdropClick = false, MaxWidth = MaxWidth.Small, FullWidth = true };
        var dialog = await Dialogs.ShowAsync<ApiTokenCreateDialog>(T["New token"], options);
        await dialog.Result;
        await LoadAsync();
    }

    private async Task RevokeAsync(ApiToken token)
    {
        var name = token.Name ?? token.TokenPrefix ?? token.Id;
        var confirmed = await Dialogs.ShowMessageBoxAsync(T["Revoke"],
            T["Revoke the token {0}? Systems using it are refused at once.", name], yesText: T["Revoke"], cancelText: Shared["Cancel"]);
        if (confirmed != true)
            return;
        busyTokenId = token.Id;
        try
        {
            await ApiTokens.RevokeAsync(token.Id, await GetActorAsync(), Aborted);
            Snackbar.Success(T["Token revoked."]);
            await LoadAsync();
        }
        catch (DepoException failure)
        {
            Snackbar.Failure(failure, Shared);
        }
        finally
        {
            busyTokenId = null;
        }
    }
}
