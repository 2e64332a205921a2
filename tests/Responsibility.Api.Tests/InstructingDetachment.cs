namespace Responsibility.Api.Tests;

using Microsoft.Extensions.DependencyInjection;
using Responsibility.Api.Auth;
using Responsibility.Grains.Abstractions;
using Responsibility.Grains.Abstractions.Accounts;
using Responsibility.Grains.Abstractions.Detachments;

/// <summary>
/// A 支队 with fresh ids over the given brigades, set up through its grains (the detachment's own routes are another
/// part of issue 20): one account per detachment role, signed in through the API like any other.
/// </summary>
public sealed class InstructingDetachment(ApiFactory factory)
{
    public string Id { get; } = "d-" + Guid.NewGuid().ToString("N")[..12];

    public async Task<InstructingDetachment> Create(params ApiBrigade[] brigades)
    {
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var detachment = grains.GetGrain<IDetachmentGrain>(Id);
        await detachment.Configure(new DetachmentSettings("淄博市公安局交通警察支队", "Asia/Shanghai"), "admin");
        foreach (var brigade in brigades)
        {
            await detachment.Attach(brigade.Id, "admin");
        }

        var passwords = factory.Services.GetRequiredService<Passwords>();
        foreach (var (name, role) in new[] { ("leader", Role.DetachmentLeader), ("viewer", Role.DetachmentViewer), ("admin", Role.DetachmentAdmin) })
        {
            var username = Username(name);
            await grains.GetGrain<IUserGrain>(username).Save(
                new UserAccount(username, $"支队{name}", passwords.Hash(username, ApiBrigade.Password), role, null, null, null, DetachmentId: Id),
                "admin");
        }

        return this;
    }

    public string Username(string role) => $"{role}-{Id}";

    public Task<HttpClient> SignIn(string role) => factory.SignIn(Username(role), ApiBrigade.Password);
}
