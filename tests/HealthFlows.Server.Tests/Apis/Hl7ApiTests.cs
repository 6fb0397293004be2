using System.Net;
using System.Text;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class Hl7ApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Er7 = "x-application/hl7-v2+er7";

    private static readonly string Admit = Message(
        @"MSH|^~\&|ADT1|GOOD HEALTH HOSPITAL|BILLING|GHH|20261125083000+0100||ADT^A01^ADT_A01|MSG00042|P|2.5.1",
        "EVN|A01|20261125082900",
        @"PID|1||123456^^^GHH^MR~987654^^^NHS^NH||EVERYWOMAN^EVE^E^^MRS^^L||19620320|F|||153 FERNWOOD DR.^^STATESVILLE^OH^35292^USA^H||""""|",
        "PV1|1|I|2000^2012^01^GHH||||004777^ATTEND^AARON^A^^DR|||SUR||||ADM|A0||||V1001^^^GHH^VN|||||||||||||||||||||||||20261125080000");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Message(params string[] segments) => string.Join('\r', segments) + "\r";

    private static StringContent Hl7(string message, string mediaType = Er7) => new(message, Encoding.UTF8, mediaType);

    private Task<HttpResponseMessage> ParseAsync(string message, string query = "", string mediaType = Er7) =>
        server.Client.PostAsync($"/api/hl7/parse{query}", Hl7(message, mediaType), Ct);

    [Fact]
    public async Task Parse_AValidAdmit_AnswersHeaderValuesAndTheTypedView()
    {
        var result = await (await ParseAsync(Admit, "?path=PID-5-1&path=PID-3(2)-1&path=PV1-19-1&path=MSH-9-2")).ShouldBeOkAsync();

        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal("ADT^A01", result.GetProperty("messageType").GetString());
        Assert.Equal("MSG00042", result.GetProperty("controlId").GetString());
        var values = result.GetProperty("values");
        Assert.Equal("EVERYWOMAN", values.GetProperty("PID-5-1").GetString());
        Assert.Equal("987654", values.GetProperty("PID-3(2)-1").GetString());
        Assert.Equal("V1001", values.GetProperty("PV1-19-1").GetString());
        Assert.Equal("A01", values.GetProperty("MSH-9-2").GetString());
        var adt = result.GetProperty("adt");
        Assert.Equal("A01", adt.GetProperty("eventType").GetString());
        Assert.Equal("1962-03-20", adt.GetProperty("patient").GetProperty("birthDate").GetString());
        Assert.Equal("NH", adt.GetProperty("patient").GetProperty("identifiers")[1].GetProperty("identifierType").GetString());
        Assert.Equal("V1001", adt.GetProperty("visit").GetProperty("visitNumber").GetProperty("id").GetString());
        Assert.Equal("2026-11-25T08:00:00", adt.GetProperty("visit").GetProperty("admitTime").GetString());
    }

    [Fact]
    public async Task Parse_ExplicitNullAndEmpty_AnswerJsonNullAndEmptyText()
    {
        var result = await (await ParseAsync(Admit, "?path=PID-13&path=PID-14&path=ZZZ-1")).ShouldBeOkAsync();

        var values = result.GetProperty("values");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, values.GetProperty("PID-13").ValueKind);
        Assert.Equal("", values.GetProperty("PID-14").GetString());
        Assert.Equal("", values.GetProperty("ZZZ-1").GetString());
    }

    [Fact]
    public async Task Parse_TextPlainWithCharset_IsAccepted()
    {
        var result = await (await ParseAsync(Admit, mediaType: "text/plain")).ShouldBeOkAsync();

        Assert.Equal("ADT^A01", result.GetProperty("messageType").GetString());
    }

    [Theory]
    [InlineData("PID|1||123456^^^GHH^MR\rPV1|1|I\r", "PID", "missingHeader")]
    [InlineData("MSH|^~\\&|ADT1|GHH|||20261125||||MSG1|P|2.5.1\rPID|1\r", "MSH-9", "missingMessageType")]
    [InlineData("MSH|^~\\&|ADT1|GHH|||20261125||ADT^A01|||P|2.5.1\rPID|1\r", "MSH-10", "missingControlId")]
    public async Task Parse_AnInvalidMessage_Answers422NamingTheSegmentAndField(string message, string location, string code)
    {
        var problem = await (await ParseAsync(message)).ShouldBeProblemAsync(422);

        Assert.StartsWith(location, problem.GetProperty("detail").GetString());
        var first = problem.GetProperty("problems")[0];
        Assert.Equal(location, first.GetProperty("location").GetString());
        Assert.Equal(code, first.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Parse_AJsonBody_Answers415()
    {
        var problem = await (await server.Client.PostAsync("/api/hl7/parse", Raw("{\"message\": \"MSH|^~\\\\&|\"}"), Ct)).ShouldBeProblemAsync(415);

        Assert.Contains(Er7, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Parse_AnEmptyBody_Answers400()
    {
        await (await ParseAsync("")).ShouldBeProblemAsync(400);
    }

    [Fact]
    public async Task Parse_AnOversizedMessage_Answers413()
    {
        var huge = Admit + "NTE|1||" + new string('x', 5 * 1024 * 1024) + "\r";

        var problem = await (await ParseAsync(huge)).ShouldBeProblemAsync(413);

        Assert.Contains("larger than", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("pid-5")]
    [InlineData("PID-0")]
    [InlineData("PID-5(")]
    public async Task Parse_AnInvalidPath_Answers400NamingIt(string path)
    {
        var problem = await (await ParseAsync(Admit, $"?path=PID-5-1&path={Uri.EscapeDataString(path)}")).ShouldBeProblemAsync(400);

        Assert.Contains($"'{path}'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Parse_WithoutAKey_Answers401()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        var response = await anonymous.PostAsync("/api/hl7/parse", Hl7(Admit), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheHl7RequestBody()
    {
        var document = await (await server.Client.GetAsync("/openapi/v1.json", Ct)).ShouldBeOkAsync();

        var content = document.GetProperty("paths").GetProperty("/api/hl7/parse").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.True(content.TryGetProperty(Er7, out _));
        Assert.True(content.TryGetProperty("text/plain", out _));
    }
}
