namespace Responsibility.Grains.Abstractions;

using Responsibility.Grains.Abstractions.Inbox;

/// <summary>
/// What needs a person of a brigade now (待办), computed from the brigade's tasks and instructions on the domain clock:
/// nothing is stored, so it is right whenever it is read. Keyed by the brigade id.
/// </summary>
public interface IInboxGrain : IGrainWithStringKey
{
    Task<InboxContents> For(InboxReader reader);
}
