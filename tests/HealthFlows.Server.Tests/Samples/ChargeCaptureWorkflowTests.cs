using System.Net;
using System.Text;
using System.Text.Json;
using HealthFlows.Runtime.Execution;
using HealthFlows.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static HealthFlows.Server.Tests.Samples.ChargeMessages;

namespace HealthFlows.Server.Tests.Samples;

/// <summary>
/// The charge-capture sample as shipped (workflows/charge-capture.json, loaded at start-up), called over HTTP at
/// POST /workflows/charge-capture and posting to the ERP sandbox the server hosts.
/// </summary>
public sealed class ChargeCaptureWorkflowTests(SampleServerFixture server) : IClassFixture<SampleServerFixture>, IAsyncLifetime
{
    private const string Hl7MediaType = "x-application/hl7-v2+er7";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Host.Client;

    private HostedSandbox Sandbox => server.Sandbox;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await Sandbox.ClearFaultsAsync();

    [Fact]
    public async Task ChargeCapture_ADftWithChargeLines_AnswersAaAndPostsOneInvoiceWithEachLineOnItsCostCenter()
    {
        var answer = await SendAsync(Dft("CC-1001", Panel, Xray));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(Hl7MediaType, answer.ContentType);
        Assert.Equal("AA", answer.Msa(1));
        Assert.Equal("CC-1001", answer.Msa(2));
        Assert.StartsWith("Posted as PS-INV", answer.Msa(3), StringComparison.Ordinal);
        var invoice = Assert.Single(await Sandbox.InvoicesAsync("CC-1001"));
        Assert.Equal("Open", invoice.GetProperty("status").GetString());
        Assert.Equal("BCBS", invoice.GetProperty("customerNumber").GetString());
        var lines = invoice.GetProperty("salesInvoiceLines").EnumerateArray().ToList();
        Assert.Equal(["80053", "71046"], lines.Select(l => l.GetProperty("lineObjectNumber").GetString()));
        Assert.Equal([2m, 1m], lines.Select(l => l.GetProperty("quantity").GetDecimal()));
        Assert.Equal([45.50m, 120.00m], lines.Select(l => l.GetProperty("unitPrice").GetDecimal()));
        Assert.Equal(["LAB", "RAD"], lines.Select(l => CostCenterOf(l)));
        var instance = await InstanceAsync(answer.InstanceId);
        Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
        Assert.Equal("CC-1001", instance.GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task ChargeCapture_TheSameMessageTwice_AnswersAaBothTimesAndMakesOneInvoice()
    {
        var first = await SendAsync(Dft("CC-1002", Panel));
        var second = await SendAsync(Dft("CC-1002", Panel));

        Assert.Equal("AA", first.Msa(1));
        Assert.Equal("AA", second.Msa(1));
        Assert.Equal(first.Msa(3), second.Msa(3));
        Assert.Single(await Sandbox.InvoicesAsync("CC-1002"));
    }

    [Fact]
    public async Task ChargeCapture_AnAdmitInsteadOfACharge_AnswersAeWithTheReasonAndRaisesAnIncident()
    {
        var admit = "MSH|^~\\&|ADT1|HOSP|ERP|FINANCE|20261125080000||ADT^A01|CC-1003|P|2.5\rPID|1||100004^^^HOSP^MR||EVERYMAN^ADAM\rPV1|1|I|LAB\r";

        var answer = await SendAsync(admit);

        Assert.Equal("AE", answer.Msa(1));
        Assert.Equal("CC-1003", answer.Msa(2));
        Assert.Contains("'A01' is not one of the allowed types", answer.Msa(3), StringComparison.Ordinal);
        var incident = await SingleIncidentAsync(answer.InstanceId);
        Assert.Equal("invalidIncident", incident.GetProperty("nodeId").GetString());
        Assert.Contains("CC-1003", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("EVERYMAN", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Sandbox.InvoicesAsync("CC-1003"));
    }

    [Fact]
    public async Task ChargeCapture_ADftWithoutChargeLines_AnswersAe()
    {
        var answer = await SendAsync(Dft("CC-1004"));

        Assert.Equal("AE", answer.Msa(1));
        Assert.Equal("The message is not a DFT with FT1 charge lines.", answer.Msa(3));
        await SingleIncidentAsync(answer.InstanceId);
    }

    [Fact]
    public async Task ChargeCapture_TextThatIsNotHl7_AnswersArBecauseNoHeaderCanBeReadAndRaisesAnIncident()
    {
        var answer = await SendAsync("this is not an HL7 message");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("AR", answer.Msa(1));
        Assert.Equal("", answer.Msa(2));
        Assert.Equal("invalidIncident", (await SingleIncidentAsync(answer.InstanceId)).GetProperty("nodeId").GetString());
    }

    [Fact]
    public async Task ChargeCapture_AnUnknownDepartment_AnswersAeNamingItRaisesAnIncidentAndPostsNothing()
    {
        var answer = await SendAsync(Dft("CC-1005", Panel, Panel with { Department = "ONCO" }));

        Assert.Equal("AE", answer.Msa(1));
        Assert.Equal("FT1 2: No cost center is mapped from department 'ONCO'.", answer.Msa(3));
        var incident = await SingleIncidentAsync(answer.InstanceId);
        Assert.Equal("costCenterIncident", incident.GetProperty("nodeId").GetString());
        Assert.Contains("ONCO", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Sandbox.InvoicesAsync("CC-1005"));
    }

    [Fact]
    public async Task ChargeCapture_ADepartmentWhoseCostCenterIsClosed_AnswersAeWithWhy()
    {
        var answer = await SendAsync(Dft("CC-1006", Panel with { Department = "DERM" }));

        Assert.Equal("AE", answer.Msa(1));
        Assert.Equal("FT1 1: Cost center DERM is inactive.", answer.Msa(3));
        await SingleIncidentAsync(answer.InstanceId);
    }

    [Fact]
    public async Task ChargeCapture_TheErpRefusesTheCostCenter_AnswersAeWithTheErpMessageAndRaisesAnIncidentForFinance()
    {
        await Sandbox.SetFaultsAsync("""{ "rejectCostCenters": ["RAD"] }""");

        var answer = await SendAsync(Dft("CC-1007", Panel, Xray));

        Assert.Equal("AE", answer.Msa(1));
        Assert.StartsWith("The ERP refused the invoice:", answer.Msa(3), StringComparison.Ordinal);
        Assert.Contains("RAD", answer.Msa(3), StringComparison.Ordinal);
        var incident = await SingleIncidentAsync(answer.InstanceId);
        Assert.Equal("rejectedIncident", incident.GetProperty("nodeId").GetString());
        Assert.Contains("RAD", incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await Sandbox.InvoicesAsync("CC-1007"));
    }

    [Fact]
    public async Task ChargeCapture_ErpDownLongerThanTheInProcessRetries_AnswersEveryChargeAaAndPostsEachExactlyOnceWhenItIsBack()
    {
        const int count = 20;
        var before = await Sandbox.StatsAsync();
        await Sandbox.SetFaultsAsync("""{ "unavailableForSeconds": 86400 }""");
        var queuedAt = server.Host.Clock.GetUtcNow();

        var answers = await Task.WhenAll(Enumerable.Range(1, count).Select(i => SendAsync(Dft($"CC-2{i:000}", Panel, Xray))));

        Assert.All(answers, a => Assert.Equal("AA", a.Msa(1)));
        Assert.All(answers, a => Assert.Contains("queued", a.Msa(3), StringComparison.Ordinal));
        foreach (var answer in answers)
        {
            var waiting = await InstanceAsync(answer.InstanceId);
            Assert.Equal("suspended", waiting.GetProperty("status").GetString());
            var bookmark = Assert.Single(waiting.GetProperty("bookmarks").EnumerateArray());
            Assert.Equal("QueueRetry", bookmark.GetProperty("name").GetString());
            Assert.Equal(queuedAt.AddSeconds(SampleServerFixture.RetryDelaySeconds), bookmark.GetProperty("resumeAt").GetDateTimeOffset());
        }

        Assert.Equal(before.GetProperty("invoiceCount").GetInt32(), (await Sandbox.StatsAsync()).GetProperty("invoiceCount").GetInt32());

        await Sandbox.ClearFaultsAsync();
        server.Host.Clock.Advance(TimeSpan.FromSeconds(SampleServerFixture.RetryDelaySeconds));
        await ResumeDueAsync();

        for (var i = 1; i <= count; i++)
        {
            var invoice = Assert.Single(await Sandbox.InvoicesAsync($"CC-2{i:000}"));
            Assert.Equal("Open", invoice.GetProperty("status").GetString());
            Assert.Equal(["LAB", "RAD"], invoice.GetProperty("salesInvoiceLines").EnumerateArray().Select(CostCenterOf));
        }

        var after = await Sandbox.StatsAsync();
        Assert.Equal(count, after.GetProperty("invoiceCount").GetInt32() - before.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(count, after.GetProperty("postedCount").GetInt32() - before.GetProperty("postedCount").GetInt32());
        Assert.Equal(before.GetProperty("idempotentReplayCount").GetInt32(), after.GetProperty("idempotentReplayCount").GetInt32());
        foreach (var answer in answers)
        {
            var instance = await InstanceAsync(answer.InstanceId);
            Assert.Equal("completed", instance.GetProperty("subStatus").GetString());
            Assert.Equal("posted", instance.GetProperty("output").GetProperty("status").GetString());
        }

        var pending = await PendingDeadLettersAsync();
        Assert.DoesNotContain(pending, d => answers.Any(a => a.InstanceId == d.GetProperty("instanceId").GetString()));
    }

    [Fact]
    public async Task ChargeCapture_ErpDownPastTheLastRetry_DeadLettersTheWorkAndAReplayPostsItOnce()
    {
        await Sandbox.SetFaultsAsync("""{ "unavailableForSeconds": 864000 }""");
        var answer = await SendAsync(Dft("CC-3001", Panel));
        Assert.Equal("AA", answer.Msa(1));

        foreach (var factor in new[] { 1, 5, 30, 120 })
        {
            server.Host.Clock.Advance(TimeSpan.FromSeconds(factor * SampleServerFixture.RetryDelaySeconds));
            await ResumeDueAsync();
        }

        var faulted = await InstanceAsync(answer.InstanceId);
        var deadLetter = Assert.Single(await PendingDeadLettersAsync(), d => d.GetProperty("instanceId").GetString() == answer.InstanceId);
        var deadLetterId = deadLetter.GetProperty("id").GetString()!;
        var incident = Assert.Single(faulted.GetProperty("incidents").EnumerateArray());
        Assert.Equal("deadLetteredIncident", incident.GetProperty("nodeId").GetString());
        Assert.Contains(deadLetterId, incident.GetProperty("message").GetString(), StringComparison.Ordinal);
        var detail = await (await Client.GetAsync($"/api/dead-letters/{deadLetterId}", Ct)).ShouldBeOkAsync();
        Assert.Equal(5, detail.GetProperty("errors").GetArrayLength());
        Assert.Equal("CC-3001", detail.GetProperty("payload").GetProperty("controlId").GetString());
        await Sandbox.ClearFaultsAsync();
        Assert.Empty(await Sandbox.InvoicesAsync("CC-3001"));

        var replayed = await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeOkAsync();

        Assert.Equal("completed", replayed.GetProperty("execution").GetProperty("subStatus").GetString());
        var invoice = Assert.Single(await Sandbox.InvoicesAsync("CC-3001"));
        Assert.Equal("Open", invoice.GetProperty("status").GetString());
        await (await Client.PostAsync($"/api/dead-letters/{deadLetterId}/replay", null, Ct)).ShouldBeProblemAsync(409);
        Assert.Single(await Sandbox.InvoicesAsync("CC-3001"));
    }

    [Fact]
    public async Task ChargeCapture_WithoutAnApiKey_IsUnauthorizedAndStartsNothing()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        var response = await anonymous.PostAsync("/workflows/charge-capture", Hl7(Dft("CC-4001", Panel)), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await Sandbox.InvoicesAsync("CC-4001"));
    }

    [Fact]
    public async Task ChargeCapture_AJsonBody_IsAnUnsupportedMediaType()
    {
        var response = await Client.PostAsync("/workflows/charge-capture", ApiJson.Body(new { message = Dft("CC-4002", Panel) }), Ct);

        await response.ShouldBeProblemAsync(415);
    }

    private static StringContent Hl7(string message) => new(message, Encoding.UTF8, Hl7MediaType);

    private async Task<Answer> SendAsync(string message)
    {
        var response = await Client.PostAsync("/workflows/charge-capture", Hl7(message), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.Headers.TryGetValues("X-Workflow-Instance-Id", out var ids), $"No instance id: {(int)response.StatusCode} {text}");
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, ids.Single());
    }

    private async Task<JsonElement> InstanceAsync(string id) =>
        await (await Client.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();

    private async Task<JsonElement> SingleIncidentAsync(string instanceId)
    {
        var instance = await InstanceAsync(instanceId);
        Assert.Equal("faulted", instance.GetProperty("subStatus").GetString());
        return Assert.Single(instance.GetProperty("incidents").EnumerateArray());
    }

    private async Task<IReadOnlyList<JsonElement>> PendingDeadLettersAsync()
    {
        var list = await (await Client.GetAsync("/api/dead-letters?definitionId=charge-capture&status=pending&pageSize=100", Ct)).ShouldBeOkAsync();
        return [.. list.GetProperty("items").EnumerateArray()];
    }

    private async Task ResumeDueAsync()
    {
        await using var scope = server.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DueBookmarkResumer>().ResumeDueAsync(1000, Ct);
    }

    private static string? CostCenterOf(JsonElement line) =>
        line.GetProperty("dimensionSetLines").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "COSTCENTER").GetProperty("valueCode").GetString();

    /// <summary>A sync answer: status, media type, the ACK text and the instance that produced it.</summary>
    private sealed record Answer(HttpStatusCode Status, string? ContentType, string Text, string InstanceId)
    {
        /// <summary>MSA-n of the ACK, as written.</summary>
        public string Msa(int field)
        {
            var msa = Text.Split('\r').SingleOrDefault(s => s.StartsWith("MSA|", StringComparison.Ordinal))
                ?? throw new Xunit.Sdk.XunitException($"The answer has no MSA segment: {Text}");
            var fields = msa.Split('|');
            return field < fields.Length ? fields[field] : "";
        }
    }
}
