namespace Responsibility.Api.Pages;

using Responsibility.Grains.Abstractions.Oversight;

/// <summary>The 起草 form: which kind, and for a 情况通报 the inspection it reports.</summary>
public sealed class BulletinDraftInput
{
    public BulletinKind? Kind { get; set; }

    public string? InspectionId { get; set; }
}

/// <summary>The edit form of a draft.</summary>
public sealed class BulletinEditInput
{
    public string? Title { get; set; }

    public string? Body { get; set; }
}
