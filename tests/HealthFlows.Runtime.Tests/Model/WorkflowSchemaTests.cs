using HealthFlows.Runtime.Model;
using NJsonSchema;

namespace HealthFlows.Runtime.Tests.Model;

public sealed class WorkflowSchemaTests
{
    private static readonly string Root = FindRoot();
    private static readonly string SchemaPath = Path.Combine(Root, "docs", "workflow.schema.json");

    [Fact]
    public void CheckedInSchema_MatchesTheSchemaGeneratedFromTheModel()
    {
        var generated = WorkflowJson.GenerateSchema();

        // Regenerate with HEALTHFLOWS_UPDATE_SCHEMA=1 after changing the model; the diff then shows in review.
        if (Environment.GetEnvironmentVariable("HEALTHFLOWS_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(SchemaPath, generated);
        }

        Assert.Equal(generated, File.ReadAllText(SchemaPath));
    }

    [Fact]
    public async Task EverySampleWorkflow_ValidatesAgainstTheSchema()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var samples = Directory.GetFiles(Path.Combine(Root, "workflows"), "*.json");

        Assert.NotEmpty(samples);
        foreach (var sample in samples)
        {
            var errors = schema.Validate(await File.ReadAllTextAsync(sample, TestContext.Current.CancellationToken));
            Assert.True(errors.Count == 0, $"{Path.GetFileName(sample)}: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}"))}");
        }
    }

    [Theory]
    [InlineData("""{ "name": "x", "nodes": "not a list" }""")]
    [InlineData("""{ "name": "x", "nodes": [ { "id": "a", "type": "If", "inputs": { "condition": { "mode": "magic" } } } ] }""")]
    [InlineData("""{ "name": 42 }""")]
    public async Task TheSchema_RejectsMalformedDocuments(string json)
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        Assert.NotEmpty(schema.Validate(json));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HealthFlows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found.");
    }
}
