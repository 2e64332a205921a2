namespace Responsibility.Hosting;

using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Responsibility.Storage;

/// <summary>
/// The data-protection key ring (it signs the page cookies and antiforgery tokens) in <c>data/keys</c>, kept as
/// private as the database: folder 0700, every key file 0600, including keys written by older versions.
/// </summary>
public sealed class PrivateKeyRing : IXmlRepository
{
    private readonly string folder;
    private readonly FileSystemXmlRepository files;

    public PrivateKeyRing(string folder, ILoggerFactory loggers)
    {
        this.folder = folder;
        PrivateFiles.EnsureFolder(folder);
        files = new FileSystemXmlRepository(new DirectoryInfo(folder), loggers);
        RestrictAll();
    }

    public static void Use(IServiceCollection services, string folder) =>
        services.AddOptions<KeyManagementOptions>()
            .Configure<ILoggerFactory>((options, loggers) => options.XmlRepository = new PrivateKeyRing(folder, loggers));

    public IReadOnlyCollection<XElement> GetAllElements() => files.GetAllElements();

    public void StoreElement(XElement element, string friendlyName)
    {
        files.StoreElement(element, friendlyName);
        RestrictAll();
    }

    private void RestrictAll()
    {
        foreach (var key in Directory.EnumerateFiles(folder, "*.xml"))
        {
            PrivateFiles.Restrict(key);
        }
    }
}
