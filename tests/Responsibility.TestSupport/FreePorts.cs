namespace Responsibility.TestSupport;

using System.Net;
using System.Net.Sockets;

public static class FreePorts
{
    /// <summary>A port free on 127.0.0.1 right now (the OS picks it), for a server the test is about to start.</summary>
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
