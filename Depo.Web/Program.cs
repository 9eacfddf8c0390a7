using Depo.Core;
using Depo.Infrastructure;
using Depo.Web;
using Depo.Web.Cli;

var command = args.FirstOrDefault() is { } first && !first.StartsWith('-') ? first : null;
// Settings files and static assets come from the build output; ./data stays relative to the working folder.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command is null ? args : [],
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddDepoCore().AddDepoInfrastructure().AddDepoWeb(builder);

var app = builder.Build();
if (command is not null)
    return await CommandLine.RunAsync(app, command, args);
app.UseDepoPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
