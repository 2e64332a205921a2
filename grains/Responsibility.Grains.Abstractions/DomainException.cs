namespace Responsibility.Grains.Abstractions;

/// <summary>
/// A rule the owning grain refused to break. Crosses grain boundaries; the api maps <see cref="Kind"/>
/// to an HTTP status and <see cref="Field"/> to the offending request field.
/// </summary>
[GenerateSerializer, Alias("Responsibility.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(ErrorKind kind, string message, string? field = null)
        : base(message)
    {
        Kind = kind;
        Field = field;
    }

    [Id(0)]
    public ErrorKind Kind { get; init; }

    [Id(1)]
    public string? Field { get; init; }

    /// <summary>A stable machine-readable reason where a client must act on it (e.g. <see cref="Codes.ConfirmationRequired"/>).</summary>
    [Id(2)]
    public string? Code { get; init; }

    public static DomainException NotFound(string message) => new(ErrorKind.NotFound, message);

    public static DomainException Conflict(string message, string? field = null) => new(ErrorKind.Conflict, message, field);

    public static DomainException Invalid(string field, string message) => new(ErrorKind.Invalid, message, field);

    public static class Codes
    {
        /// <summary>The request is refused until it is sent again with <c>confirmed: true</c>.</summary>
        public const string ConfirmationRequired = "confirmationRequired";
    }
}
