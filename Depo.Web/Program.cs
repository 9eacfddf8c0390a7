using Depo.Core;
using Depo.Infrastructure;
using Depo.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDepoCore().AddDepoInfrastructure().AddDepoWeb(builder);

var app = builder.Build();
app.UseDepoPipeline();
app.Run();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
