using System.Security.Cryptography;
using System.Text;

namespace HealthFlows.Runtime.DeadLetters;

/// <summary>Dead-letter ids derived from where the work was given up, so writing one again after a crash finds the first.</summary>
public static class DeadLetterIds
{
    /// <summary>The id for an instance's node in a scope, at a generation (a replay starts the next generation).</summary>
    public static string For(string instanceId, string nodeId, string? scopeId, int generation)
    {
        var key = string.Join('\n', instanceId, nodeId, scopeId ?? "", generation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "dl-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
