using NewsReader.Web;
using NewsReader.Web.Accounts;
using NewsReader.Web.Api;
using NewsReader.Web.CommandLine;
using NewsReader.Web.Startup;

// Command-line verbs (ingest, export, help) do their work and exit; no verb, or `serve`, runs the web app.
var arguments = CommandLineArguments.Parse(args);
if (arguments.Verb != CommandLineArguments.Serve)
{
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
    return await CommandLineApp.RunAsync(arguments, CommandConsole.FromProcess(), cancel.Token);
}

var builder = WebApplication.CreateBuilder([.. arguments.HostArguments]);

// `dotnet run` starts in the caller's folder (the content root, where data/ goes), so serve the project's wwwroot
// from the build's static-asset manifest in every environment; a published app has its own copy and skips this.
builder.WebHost.UseStaticWebAssets();
AppFolderSettings.AddAsLowestPriority(builder.Configuration);

// Core (storage, ingestion, entities), seeding on first start, Razor Pages; reading is public, writing needs the
// signed-in administrator (cookie, rate limits).
builder.Services.AddNewsReaderWeb(builder.Configuration, builder.Environment);
builder.Services.AddWriteAccess(builder.Configuration);
builder.Services.AddReverseProxySupport(builder.Configuration);

var app = builder.Build();

// Behind a reverse proxy (when configured): each client's own address and the original scheme, before anything reads them.
app.UseReverseProxySupport();

// Errors: a friendly page outside Development, never a stack trace. Security headers on every response. An upload
// declared larger than its page accepts is refused (413) before it is read.
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseDeclaredRequestSizeLimits();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapEntitySuggestions();
app.MapHealth();

await app.RunAsync();
return 0;
