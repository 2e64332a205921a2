using Microsoft.Extensions.Hosting;
using Responsibility.Silo;

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddResponsibilitySilo(builder.Configuration));
await builder.Build().RunAsync();
