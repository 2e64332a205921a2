namespace Responsibility.Api.Auth;

/// <summary>The address <see cref="ILoginThrottle"/> counts per client: the connection's, as forwarded headers leave it.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext? http) => http?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
