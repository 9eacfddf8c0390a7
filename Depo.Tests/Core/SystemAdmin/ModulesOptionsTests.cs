using Depo.Core.SystemAdmin.Modules;

namespace Depo.Tests.Core.SystemAdmin;

public sealed class ModulesOptionsTests
{
    [Fact]
    public void IsInactivePath_NoActiveList_EveryModuleIsActive()
    {
        var options = new ModulesOptions();

        Assert.False(options.IsInactivePath("/modules/depo_procurement/api/purchase-orders"));
        Assert.Equal(ModuleCatalog.All.Count, options.ActiveModules.Count());
    }

    [Fact]
    public void IsInactivePath_ModuleSwitchedOff_ItsRoutesAndMenuAreGone()
    {
        var options = new ModulesOptions { Active = ["inventory"] };

        Assert.True(options.IsInactivePath("/modules/depo_procurement/api/purchase-orders"));
        Assert.True(options.IsInactivePath("/api/crm"));
        Assert.False(options.IsInactivePath("/modules/inventory/api/articles"));
        Assert.False(options.IsInactivePath("/api/crmx"));
        Assert.DoesNotContain(options.Menu, item => item.Path == "/procurement");
        Assert.Contains(options.Menu, item => item.Path == "/inventory/articles");
    }

    [Fact]
    public void UnknownNames_ListsNamesNotInTheCatalog()
    {
        var options = new ModulesOptions { Active = ["inventory", "warehouse"] };

        Assert.Equal(["warehouse"], options.UnknownNames);
    }
}
