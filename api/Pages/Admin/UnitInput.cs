namespace Responsibility.Api.Pages.Admin;

using Responsibility.Grains.Abstractions.Org;

public sealed class UnitInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Head { get; set; }

    public static UnitInput From(UnitDefinition u) => new() { Id = u.Id, Name = u.Name, Kind = u.Kind, Head = u.Head };
}
