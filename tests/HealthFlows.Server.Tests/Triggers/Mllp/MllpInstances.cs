using System.Text.Json;
using HealthFlows.Server.Tests.Support;

namespace HealthFlows.Server.Tests.Triggers.Mllp;

/// <summary>Reads the instances MLLP messages started, through the API: the listener sets the correlation id to MSH-10.</summary>
public static class MllpInstances
{
    /// <summary>Every instance started by the message with <paramref name="controlId"/>, each with its details unmasked (revealed with the admin key), as stored.</summary>
    public static async Task<List<JsonElement>> ForControlIdAsync(this HttpClient client, string controlId)
    {
        var ct = TestContext.Current.CancellationToken;
        var list = await (await client.GetAsync($"/api/workflow-instances?correlationId={Uri.EscapeDataString(controlId)}", ct)).ShouldBeOkAsync();
        var found = new List<JsonElement>();
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            found.Add(await (await client.PostAsync($"/api/workflow-instances/{item.GetProperty("id").GetString()}/reveal", null, ct)).ShouldBeOkAsync());
        }

        return found;
    }

    public static async Task<JsonElement> SingleForControlIdAsync(this HttpClient client, string controlId) =>
        Assert.Single(await client.ForControlIdAsync(controlId));
}
