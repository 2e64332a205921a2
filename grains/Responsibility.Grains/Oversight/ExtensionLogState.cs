namespace Responsibility.Grains.Oversight;

using Responsibility.Grains.Abstractions.Oversight;
using Responsibility.Grains.Journal;

/// <summary>A 延期申请 as its events leave it.</summary>
[GenerateSerializer]
public sealed class ExtensionLogState : IEventState<ExtensionEvent>
{
    [Id(0)]
    public ExtensionRequest? Request { get; set; }

    [Id(1)]
    public int Events { get; set; }

    public void Apply(ExtensionEvent e)
    {
        Events++;
        Request = e switch
        {
            ExtensionRequested requested => requested.Request,
            ExtensionGranted granted => Request! with { Decision = new(true, granted.GrantedDue, granted.Note, e.Actor, e.At) },
            ExtensionRefused refused => Request! with { Decision = new(false, null, refused.Reason, e.Actor, e.At) },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.GetType().Name, "unknown extension event"),
        };
        Request = Request with { Version = Events };
    }
}
