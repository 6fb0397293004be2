using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class CostCentersApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task FirstStart_WithSamples_SeedsTheDepartmentCostCentersAndMappings()
    {
        var list = await (await Client.GetAsync("/api/cost-centers?pageSize=500", Ct)).ShouldBeOkAsync();
        var costCenters = list.GetProperty("items").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c);

        foreach (var code in new[] { "LAB", "MED", "ORTHO", "CAR", "PED", "EME", "RAD", "SURG" })
        {
            Assert.True(costCenters[code].GetProperty("active").GetBoolean(), code);
            var mapping = await (await Client.GetAsync($"/api/cost-center-mappings/department/{code}", Ct)).ShouldBeOkAsync();
            Assert.Equal(code, mapping.GetProperty("costCenterCode").GetString());
        }

        Assert.False(costCenters["DERM"].GetProperty("active").GetBoolean());
        var service = await (await Client.GetAsync("/api/cost-center-mappings/HospitalService/SUR", Ct)).ShouldBeOkAsync();
        Assert.Equal(("hospitalService", "SURG"), (service.GetProperty("kind").GetString(), service.GetProperty("costCenterCode").GetString()));
        var location = await (await Client.GetAsync("/api/cost-center-mappings/location/er", Ct)).ShouldBeOkAsync();
        Assert.Equal("EME", location.GetProperty("costCenterCode").GetString());
    }

    [Fact]
    public async Task CostCenter_CreateReadReplaceDelete_RoundTripsOverHttp()
    {
        var created = await Client.PostAsync("/api/cost-centers", Body(new { code = "onc-1", name = "Oncology", effectiveFrom = "2026-01-01" }), Ct);
        var body = await created.ShouldBeOkAsync(201);
        Assert.Equal("/api/cost-centers/ONC-1", created.Headers.Location!.OriginalString);
        Assert.Equal(("ONC-1", true, "2026-01-01", 1), (body.GetProperty("code").GetString(), body.GetProperty("active").GetBoolean(),
            body.GetProperty("effectiveFrom").GetString(), body.GetProperty("revision").GetInt32()));

        var replaced = await (await Client.PutAsync("/api/cost-centers/onc-1",
            Body(new { name = "Oncology (closed)", active = false, effectiveTo = "2026-06-30", revision = 1 }), Ct)).ShouldBeOkAsync();
        Assert.Equal(("Oncology (closed)", false, 2), (replaced.GetProperty("name").GetString(), replaced.GetProperty("active").GetBoolean(), replaced.GetProperty("revision").GetInt32()));
        var stale = await (await Client.PutAsync("/api/cost-centers/ONC-1", Body(new { name = "Stale", revision = 1 }), Ct)).ShouldBeProblemAsync(409);
        Assert.Contains("revision 2", stale.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var read = await (await Client.GetAsync("/api/cost-centers/ONC-1", Ct)).ShouldBeOkAsync();
        Assert.Equal("Oncology (closed)", read.GetProperty("name").GetString());

        await (await Client.DeleteAsync("/api/cost-centers/ONC-1", Ct)).ShouldBeOkAsync(204);
        await (await Client.GetAsync("/api/cost-centers/ONC-1", Ct)).ShouldBeProblemAsync(404);
        await (await Client.DeleteAsync("/api/cost-centers/ONC-1", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Create_BadBodies_AnswerProblemsAndStoreNothing()
    {
        var invalid = await (await Client.PostAsync("/api/cost-centers",
            Body(new { code = "BAD/1", name = "", effectiveFrom = "2026-05-01", effectiveTo = "2026-04-30" }), Ct)).ShouldBeProblemAsync(422);
        Assert.Equal(["code", "name", "effectiveTo"], invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));

        await (await Client.PostAsync("/api/cost-centers", Raw("{\"code\": \"X1\", \"name\": "), Ct)).ShouldBeProblemAsync(400);
        await (await Client.PostAsync("/api/cost-centers", Raw("""{"code": "X1", "name": "X", "effectiveFrom": "25.11.2026"}"""), Ct)).ShouldBeProblemAsync(400);
        await (await Client.PostAsync("/api/cost-centers", Raw("code=X1", "application/x-www-form-urlencoded"), Ct)).ShouldBeProblemAsync(415);
        await (await Client.PostAsync("/api/cost-centers", Body(new { code = "LAB", name = "Second lab" }), Ct)).ShouldBeProblemAsync(409);
        await (await Client.PutAsync("/api/cost-centers/LAB", Body(new { code = "MED", name = "Renamed" }), Ct)).ShouldBeProblemAsync(422);
        await (await Client.PutAsync("/api/cost-centers/NOPE-1", Body(new { name = "Nobody" }), Ct)).ShouldBeProblemAsync(404);
        await (await Client.GetAsync("/api/cost-centers?active=maybe", Ct)).ShouldBeProblemAsync(400);
        await (await Client.GetAsync("/api/cost-centers?pageSize=0", Ct)).ShouldBeProblemAsync(400);

        await (await Client.GetAsync("/api/cost-centers/X1", Ct)).ShouldBeProblemAsync(404);
        Assert.Equal("Laboratory", (await (await Client.GetAsync("/api/cost-centers/LAB", Ct)).ShouldBeOkAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_SearchActiveAndPaging_FilterByCodeOrName()
    {
        var page = await (await Client.GetAsync("/api/cost-centers?search=dermatology&active=false", Ct)).ShouldBeOkAsync();
        Assert.Equal("DERM", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("code").GetString());

        var paged = await (await Client.GetAsync("/api/cost-centers?active=true&page=2&pageSize=3", Ct)).ShouldBeOkAsync();
        Assert.True(paged.GetProperty("totalCount").GetInt32() >= 8);
        Assert.Equal(3, paged.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Delete_AMappedCostCenter_Answers409AndKeepsIt()
    {
        var problem = await (await Client.DeleteAsync("/api/cost-centers/RAD", Ct)).ShouldBeProblemAsync(409);

        Assert.Contains("still mapped", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await Client.GetAsync("/api/cost-centers/RAD", Ct)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Import_CsvWithBomQuotesAndAnyColumnOrder_InsertsNewAndUpdatesExisting()
    {
        var csv = "Name,CODE,active,effectiveFrom,erpId\r\n"
            + "\"Sleep lab, night \"\"unit\"\"\",slp-1,yes,2026-02-01,\r\n"
            + "\"Neurology\nwing B\",NEU-1,,,erp-neu\r\n"
            + "Physiotherapy,PHY-1,0,,\r\n";
        await (await Client.PostAsync("/api/cost-centers", Body(new { code = "PHY-1", name = "Physio" }), Ct)).ShouldBeOkAsync(201);

        var counts = await (await Client.PostAsync("/api/cost-centers/import", Csv(csv, bom: true), Ct)).ShouldBeOkAsync();
        var again = await (await Client.PostAsync("/api/cost-centers/import", Csv(csv), Ct)).ShouldBeOkAsync();

        Assert.Equal((2, 1, 0), (counts.GetProperty("inserted").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32()));
        Assert.Equal((0, 0, 3), (again.GetProperty("inserted").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));
        var sleep = await (await Client.GetAsync("/api/cost-centers/SLP-1", Ct)).ShouldBeOkAsync();
        Assert.Equal(("Sleep lab, night \"unit\"", "2026-02-01"), (sleep.GetProperty("name").GetString(), sleep.GetProperty("effectiveFrom").GetString()));
        var neurology = await (await Client.GetAsync("/api/cost-centers/NEU-1", Ct)).ShouldBeOkAsync();
        Assert.Equal(("Neurology\nwing B", "erp-neu"), (neurology.GetProperty("name").GetString(), neurology.GetProperty("erpId").GetString()));
        var physio = await (await Client.GetAsync("/api/cost-centers/PHY-1", Ct)).ShouldBeOkAsync();
        Assert.Equal(("Physiotherapy", false), (physio.GetProperty("name").GetString(), physio.GetProperty("active").GetBoolean()));
    }

    [Fact]
    public async Task Import_CsvWithBadRows_Answers422ListingEveryRowAndChangesNothing()
    {
        var csv = "code,name,active,effectiveFrom,effectiveTo\n"
            + "NEW-1,Fine row,,,\n"
            + "LAB,Laboratory renamed,,,\n"
            + "BAD-1,,,,\n"
            + "BAD-2,Bad date,,2026-13-01,\n"
            + "BAD-3,Bad flag,maybe,,\n"
            + "new-1,Twice,,,\n"
            + "BAD-4,Backwards,,2026-05-01,2026-04-01\n"
            + "BAD-5,Too,many,fields,,\n";

        var problem = await (await Client.PostAsync("/api/cost-centers/import", Csv(csv), Ct)).ShouldBeProblemAsync(422);

        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("row").GetInt32(), e.TryGetProperty("column", out var c) ? c.GetString() : null)).ToList();
        Assert.Equal([(4, "name"), (5, "effectiveFrom"), (6, "active"), (7, "code"), (8, "effectiveTo"), (9, null)], errors);
        Assert.Contains("nothing was imported", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await (await Client.GetAsync("/api/cost-centers/NEW-1", Ct)).ShouldBeProblemAsync(404);
        Assert.Equal("Laboratory", (await (await Client.GetAsync("/api/cost-centers/LAB", Ct)).ShouldBeOkAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Import_AFileThatIsNotUsableCsv_AnswersAProblem()
    {
        var header = await (await Client.PostAsync("/api/cost-centers/import", Csv("code,title\nX,Y\n"), Ct)).ShouldBeProblemAsync(422);
        Assert.Equal(["title", "name"], header.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()));

        await (await Client.PostAsync("/api/cost-centers/import", Raw("code,name\nX,Y\n", "application/json"), Ct)).ShouldBeProblemAsync(415);
        await (await Client.PostAsync("/api/cost-centers/import", Csv(""), Ct)).ShouldBeProblemAsync(400);
        using var latin1 = new ByteArrayContent([.. Encoding.ASCII.GetBytes("code,name\nX1,Caf"), 0xE9, (byte)'\n']);
        latin1.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        await (await Client.PostAsync("/api/cost-centers/import", latin1, Ct)).ShouldBeProblemAsync(400);
        var quote = await (await Client.PostAsync("/api/cost-centers/import", Csv("code,name\nQ1,\"never closed\n"), Ct)).ShouldBeProblemAsync(422);
        Assert.Equal(2, quote.GetProperty("errors")[0].GetProperty("row").GetInt32());
        await (await Client.GetAsync("/api/cost-centers/Q1", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task CostCenterRoutes_WithoutAnApiKey_Answer401()
    {
        using var anonymous = server.Host.CreateClient(apiKey: null);

        Assert.Equal(401, (int)(await anonymous.GetAsync("/api/cost-centers", Ct)).StatusCode);
        Assert.Equal(401, (int)(await anonymous.PostAsync("/api/cost-center-mappings/import", Csv("kind,sourceCode,costCenterCode\n"), Ct)).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheCostCenterOperations()
    {
        var document = await (await Client.GetAsync("/openapi/v1.json", Ct)).ShouldBeOkAsync();

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null)).ToHashSet();
        Assert.Subset(operations, new HashSet<string?> { "ListCostCenters", "ImportCostCenters", "UpdateCostCenterMapping", "ImportCostCenterMappings" });
        var import = document.GetProperty("paths").GetProperty("/api/cost-centers/import").GetProperty("post");
        Assert.True(import.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/csv", out _));
    }

    internal static ByteArrayContent Csv(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var content = new ByteArrayContent(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }
}
