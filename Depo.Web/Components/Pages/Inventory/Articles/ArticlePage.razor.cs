using Depo.Core.Common.Actors;
using Depo.Core.Common.Errors;
using Depo.Core.Common.Paging;
using Depo.Core.Inventory;
using Depo.Core.Inventory.Articles;
using Depo.Core.Inventory.Categories;
using Depo.Core.Inventory.Companies;
using Depo.Core.Inventory.Locations;
using Depo.Core.Inventory.Units;
using Depo.Web.Components.Shared;
using Depo.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Depo.Web.Components.Pages.Inventory.Articles;

/// <summary>An article (spec inventory §9.3): details saved under the version read, allocations, recipes, suppliers.</summary>
public partial class ArticlePage
{
    private Actor actor = Actor.Anonymous;
    private Article? article;
    private UpdateArticleInput input = new();
    private EditContext editContext = new(new UpdateArticleInput());
    private ServerErrors? serverErrors;
    private IReadOnlyList<UnitOfMeasure> units = [];
    private IReadOnlyList<CategoryView> categories = [];
    private Location? location;
    private Company? manufacturer;
    private string keywords = "";
    private string? loadError;
    private bool denied, notFound, canEdit, saving;

    [Parameter]
    public string ArticleId { get; set; } = "";

    [Inject]
    private ArticleService Articles { get; set; } = null!;

    [Inject]
    private ArticleFormChoices Choices { get; set; } = null!;

    [Inject]
    private UnitOfMeasureService Units { get; set; } = null!;

    [Inject]
    private CategoryService Categories { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    [Inject]
    private IStringLocalizer<InventoryText> T { get; set; } = null!;

    protected override async Task OnParametersSetAsync()
    {
        actor = await GetActorAsync();
        canEdit = actor.Allows(InventoryAccess.Edit);
        try
        {
            units = await Units.ListAsync(null, actor, Aborted);
            categories = (await Categories.ListAsync(null, new PageRequest(0, 1000), actor, Aborted)).Items;
            await ReloadAsync();
        }
        catch (NotFoundException)
        {
            notFound = true;
        }
        catch (DepoException failure) when (failure is ForbiddenException or UnauthorizedException)
        {
            denied = true;
        }
        catch (ValidationFailedException failure)
        {
            loadError = SnackbarNotices.FailureText(failure, T);
        }
    }

    private async Task ReloadAsync()
    {
        article = await Articles.GetAsync(ArticleId, actor, Aborted);
        input = ArticleForm.InputFrom(article);
        editContext = new EditContext(input);
        keywords = string.Join(", ", article.Keywords);
        location = await Choices.ByIdAsync<Location>(article.DefaultLocationId, actor, Aborted);
        manufacturer = await Choices.ByIdAsync<Company>(article.ManufacturerId, actor, Aborted);
    }

    private async Task SaveAsync()
    {
        if (!editContext.Validate())
            return;
        saving = true;
        try
        {
            input.DefaultLocationId = location?.Id;
            input.ManufacturerId = manufacturer?.Id;
            input.Keywords = [.. keywords.Split(',')];
            article = await Articles.UpdateAsync(article!.Id, input, actor, Aborted);
            input.Version = article.Version;
            serverErrors?.Clear();
            Snackbar.Success(T["Article saved."]);
        }
        catch (DepoException failure)
        {
            serverErrors?.Show(failure);
        }
        finally
        {
            saving = false;
        }
    }
}
