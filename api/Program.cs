using Responsibility.Api.Accountability;
using Responsibility.Api.Appraisal;
using Responsibility.Api.Attachments;
using Responsibility.Api.Audit;
using Responsibility.Api.Auth;
using Responsibility.Api.Brigades;
using Responsibility.Api.Demo;
using Responsibility.Api.Detachments;
using Responsibility.Api.Duties;
using Responsibility.Api.Hosting;
using Responsibility.Api.Inbox;
using Responsibility.Api.Instructions;
using Responsibility.Api.Ledger;
using Responsibility.Api.Meetings;
using Responsibility.Api.OpenApi;
using Responsibility.Api.Oversight;
using Responsibility.Api.Reports;
using Responsibility.Api.Rollups;
using Responsibility.Api.Tasks;
using Responsibility.Grains.Abstractions;
using Responsibility.Hosting;
using Scalar.AspNetCore;

var demo = args.Contains("--demo");
var builder = WebApplication.CreateBuilder(args.Where(a => a != "--demo").ToArray());
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? SiloConfiguration.DefaultWebUrl);
demo |= builder.Configuration.GetValue<bool>("Demo");
if (demo)
{
    // Before the silo: the seeder replays the demo year on this clock (the silo only adds one where none is set).
    builder.Services.AddKeyedSingleton<TimeProvider>(DomainClock.Key, new DemoClock());
}

builder.AddOrleans().AddApplication().AddAccounts().AddWebPages().AddTelemetry("responsibility-api").AddReadiness().AddProxySupport();
if (demo)
{
    builder.Services.AddHostedService<DemoSeeder>();
}

var app = builder.Build();
app.UseProxySupport();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapAuth();
app.MapBrigades();
app.MapTasks();
app.MapAttachments();
app.MapLedger();
app.MapRollups();
app.MapReports();
app.MapAudit();
app.MapInstructions();
app.MapMeetings();
app.MapInbox();
app.MapDuties();
app.MapBulletins();
app.MapAccountabilityReports();
app.MapInspections();
app.MapAppraisal();
app.MapExtensions();
app.MapDetachmentFigures();
app.MapDetachmentInstructions();
app.MapDetachmentBulletins();
app.MapDetachments();
app.MapTemplates();
app.MapDetachmentReports();
app.MapWebPages();

app.MapOpenApi("/openapi/{documentName}.json");
// /scalar sends the bearer token it is given (Authorize, top right) with every request it tries.
app.MapScalarApiReference("/scalar", options => options.AddPreferredSecuritySchemes([ApiDocument.Bearer]));
app.MapPrometheusScrapingEndpoint("/metrics");
app.MapHealth();
app.Run();

public partial class Program;
