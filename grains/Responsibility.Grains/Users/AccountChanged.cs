namespace Responsibility.Grains.Users;

using Responsibility.Grains.Abstractions.Audit;
using Responsibility.Grains.Journal;

/// <summary>
/// A change to an account, as the audit trail shows it: what was done and the fields it changed. Never a password or
/// its hash: the log is append-only, so a secret written here could never be taken out again.
/// </summary>
[GenerateSerializer, Alias("Responsibility.AccountChanged")]
public sealed record AccountChanged(string Action, string Username, AuditChange[] Changes) : JournalEvent
{
    public const string Kind = "AccountChanged";

    public static readonly EventCodec<AccountChanged> Codec = new(new Dictionary<string, Type> { [Kind] = typeof(AccountChanged) });

    public static string Stream(string username) => "account/" + username;
}
