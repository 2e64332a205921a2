using Microsoft.Extensions.Hosting;
using Responsibility.Silo;
using Responsibility.Storage.Copy;

if (args is [CopyToPostgresCommand.Verb, .. var copyArgs])
{
    return await CopyToPostgresCommand.RunAsync(copyArgs, SiloConfiguration.DatabaseFileName, Console.Out, Console.Error);
}

var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddResponsibilitySilo(builder.Configuration));
await builder.Build().RunAsync();
return 0;
