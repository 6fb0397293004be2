using System.Net;
using System.Text;
using System.Text.Json;

namespace HealthFlows.ErpSandbox.Tests.Infrastructure;

/// <summary>JSON over HTTP the way a Business Central client sends and reads it.</summary>
public static class HttpJson
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation)).RootElement.Clone();

    /// <summary>GETs <paramref name="url"/>, expecting 200, and answers the body.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"), Cancellation);

    /// <summary>POSTs <paramref name="json"/>, expecting <paramref name="status"/>, and answers the body.</summary>
    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string url, string json, HttpStatusCode status)
    {
        using var response = await client.PostJsonAsync(url, json);
        Assert.Equal(status, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>The <c>error.code</c> of a Business Central error body.</summary>
    public static string ErrorCode(this JsonElement body) => body.GetProperty("error").GetProperty("code").GetString()!;

    /// <summary>The <c>error.message</c> of a Business Central error body.</summary>
    public static string ErrorMessage(this JsonElement body) => body.GetProperty("error").GetProperty("message").GetString()!;

    /// <summary>The entities of an OData collection's <c>value</c> array.</summary>
    public static JsonElement[] Values(this JsonElement collection) => [.. collection.GetProperty("value").EnumerateArray()];
}
