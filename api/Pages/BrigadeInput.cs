namespace Responsibility.Api.Pages;

/// <summary>The start page's 新建大队 form.</summary>
public sealed class BrigadeInput
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PartyOrgName { get; set; }

    public string? DetachmentName { get; set; }

    public string? Recipient { get; set; }
}
