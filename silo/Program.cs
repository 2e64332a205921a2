using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Responsibility.Hosting;

// A silo of a cluster: its grains serve the api processes through the Orleans gateway. Its own HTTP endpoint only
// answers health probes and metrics (default http://127.0.0.1:5090).
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5090");
builder.UseOrleans(silo => silo.AddResponsibilitySilo(builder.Configuration));
builder.AddTelemetry("responsibility-silo").AddReadiness();

var app = builder.Build();
app.MapHealth();
app.MapPrometheusScrapingEndpoint("/metrics");
app.Run();
