using System.Text;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HealthFlows.Server.Tests.Phi;

/// <summary>
/// Known patient data sent through every trigger and the healthcare/ERP samples (<see cref="PhiLeakFixture"/>), then looked
/// for everywhere it must not be: the log, every cell of every table read raw (not through EF, so encryption is what hides
/// it), the audit trail, and the instance, journal and dead-letter answers to an operator without the PHI permission.
/// </summary>
public sealed class PhiLeakTests(PhiLeakFixture fixture) : IClassFixture<PhiLeakFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Log_EveryTriggerAndActivity_HoldsNoPatientData()
    {
        var lines = ReadShared(fixture.LogFile).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEmpty(lines);
        AssertNoPhi("log", lines);
    }

    [Fact]
    public async Task Database_EveryCellOfEveryTableReadRaw_HoldsNoPatientData()
    {
        var cells = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(fixture.Host.DataDirectory, "healthflows.db")};Mode=ReadOnly");
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await select.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    switch (reader.GetValue(i))
                    {
                        case string text:
                            cells.Add($"{table}.{reader.GetName(i)}: {text}");
                            break;
                        case byte[] bytes:
                            cells.Add($"{table}.{reader.GetName(i)}: {Encoding.Latin1.GetString(bytes)}");
                            break;
                    }
                }
            }
        }

        Assert.Contains("RawMessages", tables);
        Assert.Contains(cells, c => c.StartsWith("WorkflowInstances.Input: hfe1:", StringComparison.Ordinal));
        AssertNoPhi("database", cells);
    }

    [Fact]
    public async Task AuditTrail_AfterTrafficAndReveals_HoldsNoPatientData()
    {
        await (await fixture.Host.Client.PostAsync($"/api/workflow-instances/{fixture.Instances["charge-capture"]}/reveal", null, Ct)).ShouldBeOkAsync();

        var audit = await (await fixture.Host.Client.GetAsync("/api/audit?pageSize=200", Ct)).ShouldBeOkAsync();

        Assert.NotEqual(0, audit.GetProperty("totalCount").GetInt32());
        AssertNoPhi("audit", [audit.GetRawText()]);
    }

    [Fact]
    public async Task InstanceJournalAndDeadLetterAnswers_OperatorWithoutPhiPermission_HoldNoPatientData()
    {
        using var operatorClient = fixture.Host.CreateClient(fixture.OperatorKey);
        var answers = new List<string>();
        foreach (var (trigger, id) in fixture.Instances)
        {
            var instance = await (await operatorClient.GetAsync($"/api/workflow-instances/{id}", Ct)).ShouldBeOkAsync();
            Assert.NotEmpty(instance.GetProperty("journal").EnumerateArray());
            answers.Add($"{trigger}: {instance.GetRawText()}");
            foreach (var definition in new[] { "adt-intake", "charge-capture", "implant-usage", "http-echo", "phi-test-run" })
            {
                answers.Add(await (await operatorClient.GetAsync($"/api/workflow-instances?definitionId={definition}", Ct)).Content.ReadAsStringAsync(Ct));
            }
        }

        answers.Add(await (await operatorClient.GetAsync("/api/dead-letters?pageSize=100", Ct)).Content.ReadAsStringAsync(Ct));
        answers.Add(await (await operatorClient.GetAsync("/api/bookmarks", Ct)).Content.ReadAsStringAsync(Ct));
        AssertNoPhi("API answer", answers);
    }

    [Fact]
    public async Task ExecuteAnswer_TestRunOutputWithPatientData_IsMaskedForAnOperator()
    {
        using var operatorClient = fixture.Host.CreateClient(fixture.OperatorKey);

        var answer = await (await operatorClient.PostAsync("/api/workflow-definitions/phi-test-run/execute?version=1",
            ApiJson.Body(new { patient = new { name = $"{PhiLeakFixture.Given} {PhiLeakFixture.Family}", birthDate = PhiLeakFixture.IsoBirthDate } }), Ct)).ShouldBeOkAsync();

        Assert.Equal("***", answer.GetProperty("output").GetProperty("patient").GetProperty("name").GetString());
        AssertNoPhi("execute answer", [answer.GetRawText()]);
    }

    [Fact]
    public async Task RevealRawMessages_PhiViewer_ShowsTheExactBytesReceivedAndIsAudited()
    {
        var phiViewer = fixture.Host.CreateClient(await fixture.Host.CreateApiKeyAsync("phi viewer " + Guid.NewGuid().ToString("N"), ["PhiViewer"]));
        var id = fixture.Instances["mllp"];

        var revealed = await (await phiViewer.PostAsync($"/api/workflow-instances/{id}/raw-messages/reveal", null, Ct)).ShouldBeOkAsync();

        var message = Assert.Single(revealed.GetProperty("items").EnumerateArray());
        Assert.Equal("mllp", message.GetProperty("source").GetString());
        Assert.Equal(PhiLeakFixture.Adt("LEAK-MLLP"), message.GetProperty("text").GetString());
        Assert.Equal(Encoding.UTF8.GetBytes(PhiLeakFixture.Adt("LEAK-MLLP")), Convert.FromBase64String(message.GetProperty("bodyBase64").GetString()!));
        var audit = await (await fixture.Host.Client.GetAsync($"/api/audit?action=phi.revealed&targetType=rawMessages&targetId={id}", Ct)).ShouldBeOkAsync();
        Assert.Equal(1, audit.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task RevealRawMessages_HttpTriggerBodyForAnOperator_IsForbiddenAndTheAdminSeesItAsSent()
    {
        using var operatorClient = fixture.Host.CreateClient(fixture.OperatorKey);
        var id = fixture.Instances["implant-usage"];

        await (await operatorClient.PostAsync($"/api/workflow-instances/{id}/raw-messages/reveal", null, Ct)).ShouldBeProblemAsync(403);
        var revealed = await (await fixture.Host.Client.PostAsync($"/api/workflow-instances/{id}/raw-messages/reveal", null, Ct)).ShouldBeOkAsync();

        var message = Assert.Single(revealed.GetProperty("items").EnumerateArray());
        Assert.Equal(PhiLeakFixture.Procedure("leak-proc-1"), message.GetProperty("text").GetString());
        Assert.StartsWith("application/fhir+json", message.GetProperty("contentType").GetString());
    }

    private static void AssertNoPhi(string where, IEnumerable<string> texts)
    {
        var leaks = texts
            .SelectMany(text => PhiLeakFixture.KnownPhi.Where(phi => text.Contains(phi, StringComparison.OrdinalIgnoreCase)).Select(phi => (phi, text)))
            .Select(leak => $"'{leak.phi}' in {where}: {Excerpt(leak.text, leak.phi)}")
            .Distinct()
            .ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks.Take(40)));
    }

    private static string Excerpt(string text, string phi)
    {
        var at = text.IndexOf(phi, StringComparison.OrdinalIgnoreCase);
        var start = Math.Max(0, at - 160);
        return text.Substring(start, Math.Min(text.Length - start, 320)).ReplaceLineEndings(" ");
    }

    private static string ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
