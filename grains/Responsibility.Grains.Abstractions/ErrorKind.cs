namespace Responsibility.Grains.Abstractions;

public enum ErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
    PreconditionFailed = 3,
    Forbidden = 4,
}
