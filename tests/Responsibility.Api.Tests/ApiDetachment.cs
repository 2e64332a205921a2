namespace Responsibility.Api.Tests;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A 支队 with a fresh id over the given brigades, and its accounts, set up on the api's grains (the figures tests do
/// not depend on the detachment's own set-up routes).
/// </summary>
public sealed class ApiDetachment(ApiFactory factory)
{
    public string Id { get; } = "d-" + Guid.NewGuid().ToString("N")[..12];

    public async Task<ApiDetachment> Create(params ApiBrigade[] brigades)
    {
        var detachment = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IDetachmentGrain>(Id);
        await detachment.Configure(new DetachmentSettings("淄博市公安局交通警察支队", "Asia/Shanghai"), "admin");
        foreach (var brigade in brigades)
        {
            await detachment.Attach(brigade.Id, "admin");
        }

        return this;
    }

    /// <summary>Signs in a new account of the detachment with <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignIn(Role role)
    {
        var username = $"{role.ToString().ToLowerInvariant()}-{Id}";
        var hash = factory.Services.GetRequiredService<Passwords>().Hash(username, ApiBrigade.Password);
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(username).Save(
            new UserAccount(username, role.ToString(), hash, role, null, null, null, DetachmentId: Id), "admin");
        return await factory.SignIn(username, ApiBrigade.Password);
    }
}

/// <summary>The dashboard as the API answers it.</summary>
public sealed record DashboardBody(string DetachmentId, string Name, int Year, DateOnly AsOf, DashboardRowBody[] Brigades)
{
    public DashboardRowBody Of(ApiBrigade brigade) => Array.Find(Brigades, b => b.BrigadeId == brigade.Id)!;
}

public sealed record DashboardRowBody(
    string BrigadeId, string Name, double Percent, double Expected, int TaskCount, StatusCountsBody Counts, int UnreportedUnits,
    int OverdueInstructions, int OverdueRectifications, int Extensions, double? Score, int? Rank);

