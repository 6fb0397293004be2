using System.Net;
using System.Net.Sockets;

namespace HealthFlows.Server.Tests.Support;

/// <summary>Ports a test can listen on: asked of the operating system, so parallel tests never collide on a fixed one.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
