using HealthFlows.Server.Tests.Support;
using static HealthFlows.Server.Tests.Apis.CostCentersApiTests;
using static HealthFlows.Server.Tests.Support.ApiJson;

namespace HealthFlows.Server.Tests.Apis;

public sealed class CostCenterMappingsApiTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => server.Client;

    [Fact]
    public async Task Mapping_CreateReadRepointDelete_RoundTripsOverHttp()
    {
        var created = await Client.PostAsync("/api/cost-center-mappings", Body(new { kind = "location", sourceCode = "4west", costCenterCode = "med" }), Ct);
        var body = await created.ShouldBeOkAsync(201);
        Assert.Equal("/api/cost-center-mappings/Location/4WEST", created.Headers.Location!.OriginalString);
        Assert.Equal(("location", "4WEST", "MED", 1), (body.GetProperty("kind").GetString(), body.GetProperty("sourceCode").GetString(),
            body.GetProperty("costCenterCode").GetString(), body.GetProperty("revision").GetInt32()));

        var moved = await (await Client.PutAsync("/api/cost-center-mappings/location/4WEST", Body(new { costCenterCode = "ORTHO", revision = 1 }), Ct)).ShouldBeOkAsync();
        Assert.Equal(("ORTHO", 2), (moved.GetProperty("costCenterCode").GetString(), moved.GetProperty("revision").GetInt32()));
        await (await Client.PutAsync("/api/cost-center-mappings/location/4WEST", Body(new { costCenterCode = "MED", revision = 1 }), Ct)).ShouldBeProblemAsync(409);
        var list = await (await Client.GetAsync("/api/cost-center-mappings?kind=Location&costCenterCode=ortho", Ct)).ShouldBeOkAsync();
        Assert.Equal("4WEST", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("sourceCode").GetString());

        await (await Client.DeleteAsync("/api/cost-center-mappings/location/4west", Ct)).ShouldBeOkAsync(204);
        await (await Client.GetAsync("/api/cost-center-mappings/location/4WEST", Ct)).ShouldBeProblemAsync(404);
    }

    [Fact]
    public async Task Mapping_BadInput_AnswersProblems()
    {
        await (await Client.GetAsync("/api/cost-center-mappings/ward/LAB", Ct)).ShouldBeProblemAsync(400);
        await (await Client.GetAsync("/api/cost-center-mappings?kind=1", Ct)).ShouldBeProblemAsync(400);
        var unknown = await (await Client.PostAsync("/api/cost-center-mappings",
            Body(new { kind = "department", sourceCode = "ICU-X", costCenterCode = "NO-SUCH" }), Ct)).ShouldBeProblemAsync(422);
        Assert.Equal("costCenterCode", unknown.GetProperty("errors")[0].GetProperty("field").GetString());
        await (await Client.PostAsync("/api/cost-center-mappings", Body(new { sourceCode = "ICU-X", costCenterCode = "MED" }), Ct)).ShouldBeProblemAsync(422);
        await (await Client.PostAsync("/api/cost-center-mappings", Raw("""{"kind": "ward", "sourceCode": "ICU-X", "costCenterCode": "MED"}"""), Ct)).ShouldBeProblemAsync(400);
        await (await Client.PostAsync("/api/cost-center-mappings", Body(new { kind = "Department", sourceCode = "LAB", costCenterCode = "MED" }), Ct)).ShouldBeProblemAsync(409);
        await (await Client.PutAsync("/api/cost-center-mappings/department/LAB", Body(new { sourceCode = "MED", costCenterCode = "MED" }), Ct)).ShouldBeProblemAsync(422);
        await (await Client.DeleteAsync("/api/cost-center-mappings/department/NOT-MAPPED", Ct)).ShouldBeProblemAsync(404);

        await (await Client.GetAsync("/api/cost-center-mappings/department/ICU-X", Ct)).ShouldBeProblemAsync(404);
        var lab = await (await Client.GetAsync("/api/cost-center-mappings/department/LAB", Ct)).ShouldBeOkAsync();
        Assert.Equal("LAB", lab.GetProperty("costCenterCode").GetString());
    }

    [Fact]
    public async Task Import_MappingCsv_AddsAndRepointsMappings()
    {
        var csv = "kind,sourceCode,costCenterCode\n"
            + "HospitalService,ONC,MED\n"
            + "location,\"ICU, north\",med\n"
            + "Department,PED,PED\n";
        await (await Client.PostAsync("/api/cost-center-mappings", Body(new { kind = "Location", sourceCode = "ICU, NORTH", costCenterCode = "CAR" }), Ct)).ShouldBeOkAsync(201);

        var counts = await (await Client.PostAsync("/api/cost-center-mappings/import", Csv(csv, bom: true), Ct)).ShouldBeOkAsync();

        Assert.Equal((1, 1, 1), (counts.GetProperty("inserted").GetInt32(), counts.GetProperty("updated").GetInt32(), counts.GetProperty("unchanged").GetInt32()));
        var icu = await (await Client.GetAsync("/api/cost-center-mappings/location/ICU%2C%20north", Ct)).ShouldBeOkAsync();
        Assert.Equal("MED", icu.GetProperty("costCenterCode").GetString());
        await (await Client.GetAsync("/api/cost-center-mappings/hospitalService/ONC", Ct)).ShouldBeOkAsync();
    }

    [Fact]
    public async Task Import_MappingCsvWithBadRows_Answers422ByRowAndChangesNothing()
    {
        var csv = "kind,sourceCode,costCenterCode\n"
            + "Department,NEW-DEPT,MED\n"
            + "Department,LAB,RAD\n"
            + "Ward,W1,MED\n"
            + "Location,NOWHERE,NO-SUCH-CC\n"
            + "Department,new-dept,LAB\n"
            + "Location,,MED\n";

        var problem = await (await Client.PostAsync("/api/cost-center-mappings/import", Csv(csv), Ct)).ShouldBeProblemAsync(422);

        var rows = problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(4, "kind"), (7, "sourceCode")], rows);
        await (await Client.GetAsync("/api/cost-center-mappings/department/NEW-DEPT", Ct)).ShouldBeProblemAsync(404);

        // With the file's own problems fixed, the store's checks report by row too.
        var second = await (await Client.PostAsync("/api/cost-center-mappings/import", Csv(
            "kind,sourceCode,costCenterCode\nDepartment,NEW-DEPT,MED\nDepartment,LAB,RAD\nLocation,NOWHERE,NO-SUCH-CC\nDepartment,new-dept,LAB\n"), Ct)).ShouldBeProblemAsync(422);
        var storeRows = second.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(4, "costCenterCode"), (5, "sourceCode")], storeRows);
        await (await Client.GetAsync("/api/cost-center-mappings/department/NEW-DEPT", Ct)).ShouldBeProblemAsync(404);
        var lab = await (await Client.GetAsync("/api/cost-center-mappings/department/LAB", Ct)).ShouldBeOkAsync();
        Assert.Equal("LAB", lab.GetProperty("costCenterCode").GetString());
    }
}
