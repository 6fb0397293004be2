using System.Net;
using System.Net.Sockets;

namespace HealthFlows.Cluster.Tests.Support;

public static class FreePort
{
    /// <summary>A TCP port on loopback nothing listens on right now.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
