using System.Text.Json.Serialization;
using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Customers;

/// <summary>A customer as Business Central's API v2.0 shows it (the properties the sandbox keeps).</summary>
internal sealed record CustomerResponse(
    [property: JsonPropertyName("@odata.etag")] string ETag,
    Guid Id,
    string Number,
    string DisplayName,
    string Type,
    string Email,
    string CurrencyCode,
    string Blocked,
    DateTime LastModifiedDateTime)
{
    public static CustomerResponse From(Customer customer) => new(
        OData.ETag.For(customer.Id, customer.LastModified), customer.Id, customer.Number, customer.DisplayName,
        customer.Type, customer.Email, customer.CurrencyCode, " ", customer.LastModified.UtcDateTime);
}
