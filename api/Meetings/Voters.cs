namespace Responsibility.Api.Meetings;

using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions.Ballots;

/// <summary>The caller as a 民主测评 voter: the meeting grain decides whether they attended.</summary>
public static class Voters
{
    public static Voter Of(Caller caller) => new(caller.Username, caller.DisplayName, caller.LeaderId);
}
