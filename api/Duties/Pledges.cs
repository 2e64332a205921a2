namespace Responsibility.Api.Duties;

using Responsibility.Api.Common;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Duties;

/// <summary>Finds a 责任书 by its id in the year's list of its brigade; another brigade's or an unknown one is missing.</summary>
internal static class Pledges
{
    public static async Task<Pledge> Find(IGrainFactory grains, string pledgeId, Caller caller)
    {
        if (PledgeIds.Parse(pledgeId) is not var (brigadeId, year) || !(caller.IsSystemAdmin || caller.BrigadeId == brigadeId))
        {
            throw DomainException.NotFound("责任书不存在。");
        }

        var pledges = await grains.GetGrain<IDutyListGrain>(GrainKeys.DutyList(brigadeId, year)).GetPledges();
        return Array.Find(pledges, p => p.Id == pledgeId) ?? throw DomainException.NotFound("责任书不存在。");
    }
}
