namespace Responsibility.Api.Tests;

using Microsoft.Extensions.Options;
using Responsibility.Api.Auth;

public sealed class MemoryLoginThrottleTests : LoginThrottleTests
{
    public MemoryLoginThrottleTests() => Throttle = new MemoryLoginThrottle(Time, Options.Create(Settings));

    protected override ILoginThrottle Throttle { get; }
}
