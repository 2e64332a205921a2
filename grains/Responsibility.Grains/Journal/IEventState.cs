namespace Responsibility.Grains.Journal;

/// <summary>A journaled grain's state: what each of its events does to it.</summary>
public interface IEventState<in TEvent>
{
    void Apply(TEvent e);
}
