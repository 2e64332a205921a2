using Responsibility.Hosting;
using Responsibility.Storage.Copy;

// `copy-to-postgres` moves an embedded brigade's data folder into PostgreSQL (docs/deployment.md) and exits.
if (args is [CopyToPostgresCommand.Verb, .. var copyArgs])
{
    return await CopyToPostgresCommand.RunAsync(copyArgs, SiloConfiguration.DatabaseFileName, Console.Out, Console.Error);
}

// A silo of a cluster: its grains serve the api processes through the Orleans gateway. Its own HTTP endpoint only
// answers health probes and metrics (default http://127.0.0.1:5090).
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5090");
builder.UseOrleans(silo => silo.AddResponsibilitySilo(builder.Configuration));
builder.AddTelemetry("responsibility-silo").AddReadiness();

var app = builder.Build();
app.MapHealth();
app.MapPrometheusScrapingEndpoint("/metrics");
await app.RunAsync();
return 0;
