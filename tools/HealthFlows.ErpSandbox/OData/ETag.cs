using System.Globalization;
using System.Text;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>Weak entity tags in Business Central's shape: <c>W/"base64"</c>, changing whenever the entity changes.</summary>
internal static class ETag
{
    public static string For(Guid id, DateTimeOffset lastModified)
    {
        var version = string.Create(CultureInfo.InvariantCulture, $"'{id:N};{lastModified.UtcTicks};'");
        return $"W/\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(version))}\"";
    }
}
