namespace Responsibility.Grains.Abstractions;

public enum ErrorKind
{
    Invalid = 0,
    NotFound = 1,
    Conflict = 2,
    PreconditionFailed = 3,
    Forbidden = 4,

    /// <summary>Well-formed but contradicting what was sent before (an Idempotency-Key reused with another body).</summary>
    Unprocessable = 5,
}
