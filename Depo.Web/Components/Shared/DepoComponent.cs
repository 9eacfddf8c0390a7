using Depo.Core.Common.Actors;
using Depo.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Depo.Web.Components.Shared;

/// <summary>Base of Depo's pages: a token cancelled when the page goes away, and the acting user.</summary>
public abstract class DepoComponent : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource aborted = new();

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private ClientInfo? Client { get; set; }

    /// <summary>Cancelled when the component is disposed (navigation away, circuit closed).</summary>
    protected CancellationToken Aborted => aborted.Token;

    /// <summary>The signed-in user of this page; anonymous when there is none.</summary>
    protected async Task<Actor> GetActorAsync()
    {
        if (AuthenticationState is null)
            return Actor.Anonymous with { IpAddress = Client?.IpAddress, UserAgent = Client?.UserAgent };
        var state = await AuthenticationState;
        return state.User.ToActor(Client?.IpAddress, Client?.UserAgent);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        // Cancelled, not disposed: work still finishing may read Aborted after the page is gone.
        if (disposing)
            aborted.Cancel();
    }
}
