using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>The adt-intake sample as shipped: loaded and published at start-up, run through the execute API.</summary>
public sealed class AdtIntakeWorkflowTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Adt(string trigger) => string.Join('\r',
        $@"MSH|^~\&|ADT1|GHH|BILLING|GHH|20261125083000||ADT^{trigger}|MSG-{trigger}|P|2.5.1",
        "PID|1||123456^^^GHH^MR||EVERYWOMAN^EVE||19620320|F",
        "PV1|1|I|2000^2012^01||||||SUR") + "\r";

    private async Task<(System.Text.Json.JsonElement Output, string Text)> ExecuteAsync(object input)
    {
        var result = await (await server.Client.PostAsync("/api/workflow-definitions/adt-intake/execute", Body(input), Ct)).ShouldBeOkAsync();
        var output = result.GetProperty("output");
        return (output, output.GetRawText());
    }

    [Theory]
    [InlineData("A01", "admit")]
    [InlineData("A04", "admit")]
    [InlineData("A03", "discharge")]
    [InlineData("A08", "update")]
    public async Task AdtIntake_AnAllowedEvent_SummarisesItWithoutPatientData(string trigger, string action)
    {
        var (output, text) = await ExecuteAsync(new { message = Adt(trigger) });

        Assert.True(output.GetProperty("accepted").GetBoolean());
        Assert.Equal(action, output.GetProperty("action").GetString());
        Assert.Equal($"MSG-{trigger}", output.GetProperty("controlId").GetString());
        Assert.Equal("I", output.GetProperty("patientClass").GetString());
        Assert.DoesNotContain("EVERYWOMAN", text);
        Assert.DoesNotContain("19620320", text);
    }

    [Fact]
    public async Task AdtIntake_TheMessageAsTheWholeBody_IsParsedToo()
    {
        var (output, _) = await ExecuteAsync(Adt("A01"));

        Assert.Equal("admit", output.GetProperty("action").GetString());
    }

    [Fact]
    public async Task AdtIntake_AnEventNotRouted_IsRejectedWithTheReason()
    {
        var (output, _) = await ExecuteAsync(new { message = Adt("A02") });

        Assert.False(output.GetProperty("accepted").GetBoolean());
        Assert.Contains("A02", output.GetProperty("reasons")[0].GetString());
    }

    [Fact]
    public async Task AdtIntake_Garbage_IsRejectedNotFaulted()
    {
        var result = await (await server.Client.PostAsync("/api/workflow-definitions/adt-intake/execute", Body(new { message = "not hl7" }), Ct)).ShouldBeOkAsync();

        Assert.Equal("completed", result.GetProperty("subStatus").GetString());
        Assert.False(result.GetProperty("output").GetProperty("accepted").GetBoolean());
    }
}
