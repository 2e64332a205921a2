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

    /// <summary>Larger than the limit for it (an upload over 20 MB).</summary>
    TooLarge = 6,

    /// <summary>Content of a kind that is not accepted (an upload that is no PDF, image, DOCX or XLSX).</summary>
    UnsupportedMediaType = 7,

    /// <summary>Would pass what an account may hold (uploads not yet attached past <c>Attachments:UnattachedQuotaMB</c>).</summary>
    QuotaExceeded = 8,
}
