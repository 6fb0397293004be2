using System.Net;

namespace HealthFlows.Server.Triggers.Mllp;

/// <summary>The allowed source addresses of a listener: IP addresses and CIDR ranges; none listed allows any.</summary>
internal sealed class SourceAddressFilter
{
    private readonly IPNetwork[] _networks;

    private SourceAddressFilter(IPNetwork[] networks) => _networks = networks;

    /// <summary>Reads the entries; <paramref name="problems"/> names every entry that is neither an address nor a range.</summary>
    public static SourceAddressFilter Parse(IEnumerable<string> entries, out List<string> problems)
    {
        problems = [];
        var networks = new List<IPNetwork>();
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else
            {
                problems.Add($"'{entry}' in 'allowedSources' is neither an IP address nor a CIDR range.");
            }
        }

        return new SourceAddressFilter([.. networks]);
    }

    public bool Allows(IPAddress address)
    {
        if (_networks.Length == 0)
        {
            return true;
        }

        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(plain));
    }
}
