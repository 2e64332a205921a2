namespace Responsibility.Api.Pages.Admin;

using Responsibility.Grains.Abstractions.Org;

public sealed class LeaderInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Post { get; set; }

    public bool IsFirstResponsible { get; set; }

    public string[] UnitIds { get; set; } = [];

    /// <summary>分管领域, separated by 、 , ， or new lines.</summary>
    public string? Areas { get; set; }

    public string[] AreaList => (Areas ?? "").Split(['、', ',', '，', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static LeaderInput From(LeaderDefinition l) => new()
    {
        Id = l.Id, Name = l.Name, Post = l.Post, IsFirstResponsible = l.IsFirstResponsible, UnitIds = l.UnitIds,
        Areas = string.Join("、", l.Areas),
    };
}
