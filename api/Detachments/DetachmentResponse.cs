namespace Responsibility.Api.Detachments;

using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>A 支队 as the API shows it: its name, time zone and brigades (their names as they stand now).</summary>
public sealed record DetachmentResponse(string Id, string Name, string TimeZone, DetachmentBrigadeResponse[] Brigades)
{
    public static async Task<DetachmentResponse> Of(DetachmentInfo info, IGrainFactory grains)
    {
        var names = await Task.WhenAll(info.Brigades.Select(async b => (await grains.GetGrain<IBrigadeGrain>(b.BrigadeId).GetSettings()).Name));
        return new(info.Id, info.Settings.Name, info.Settings.TimeZone,
            [.. info.Brigades.Select((b, i) => new DetachmentBrigadeResponse(b.BrigadeId, names[i]))]);
    }
}

/// <summary>One brigade of the detachment; its own routes (<c>/brigades/{brigadeId}/…</c>) are read there.</summary>
public sealed record DetachmentBrigadeResponse(string BrigadeId, string Name);
