using System.Security.Cryptography;
using System.Text;

namespace HealthFlows.Activities.Healthcare.Fhir;

/// <summary>Name-based UUIDs for the resources one message maps to, so running the same message again gives the same ids.</summary>
public static class ResourceUuid
{
    /// <summary>A version 8 (RFC 9562, hash-based) UUID from the message's sender, control id and the resource's role.</summary>
    public static Guid For(string sendingApplication, string sendingFacility, string controlId, string role)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001F', sendingApplication, sendingFacility, controlId, role)));
        var bytes = hash.AsSpan(0, 16);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>The <c>urn:uuid:</c> form a Bundle's fullUrl and references use.</summary>
    public static string Urn(Guid uuid) => "urn:uuid:" + uuid.ToString("D");
}
