namespace Responsibility.Grains.Abstractions.Tasks;

/// <summary>红黄绿灯 plus the two terminal-ish states.</summary>
public enum ProgressStatus
{
    NotStarted = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
    Done = 4,
}
