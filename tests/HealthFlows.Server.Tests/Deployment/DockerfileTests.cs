using YamlDotNet.RepresentationModel;

namespace HealthFlows.Server.Tests.Deployment;

/// <summary>Lints every Dockerfile docker-compose.yml builds: stages, copied paths, user, health check, pinned bases.</summary>
public sealed class DockerfileTests
{
    public static TheoryData<string> BuiltServices => [.. ComposeFile.Builds().Select(b => b.Service)];

    [Theory]
    [MemberData(nameof(BuiltServices))]
    public void Copy_FromAStageOrTheBuildContext_NamesSomethingThatExists(string service)
    {
        var (context, dockerfile) = Build(service);
        var stages = new List<string>();
        foreach (var stage in dockerfile.Stages)
        {
            foreach (var copy in stage.Arguments("COPY"))
            {
                var words = copy.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var from = words.FirstOrDefault(w => w.StartsWith("--from=", StringComparison.Ordinal));
                if (from is not null)
                {
                    Assert.True(stages.Contains(from["--from=".Length..]), $"{service}: COPY {from} names no earlier stage.");
                    continue;
                }

                foreach (var source in words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1))
                {
                    Assert.True(Path.Exists(Path.Combine(context, source.TrimEnd('/'))), $"{service}: COPY {source} does not exist in {context}.");
                }
            }

            if (stage.Name is not null)
            {
                stages.Add(stage.Name);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BuiltServices))]
    public void FinalStage_RunsAsAnUnprivilegedUser(string service)
    {
        var user = Build(service).Dockerfile.Final.Arguments("USER").LastOrDefault();

        Assert.NotNull(user);
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
    }

    [Theory]
    [MemberData(nameof(BuiltServices))]
    public void Image_HasAHealthcheck_InTheDockerfileOrTheComposeFile(string service)
    {
        var inDockerfile = Build(service).Dockerfile.Final.Arguments("HEALTHCHECK").Any(h => h.Contains("CMD", StringComparison.Ordinal));
        var inCompose = ComposeFile.Service(service).Children.ContainsKey("healthcheck");

        Assert.True(inDockerfile || inCompose, $"{service} has no health check.");
    }

    [Theory]
    [MemberData(nameof(BuiltServices))]
    public void BaseImages_ArePinnedToATag(string service)
    {
        var dockerfile = Build(service).Dockerfile;
        var stageNames = dockerfile.Stages.Select(s => s.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);

        foreach (var image in dockerfile.Stages.Select(s => s.BaseImage).Where(i => !stageNames.Contains(i)))
        {
            Assert.Matches(@"^[\w./-]+:[\w.-]+$", image);
            Assert.False(image.EndsWith(":latest", StringComparison.Ordinal), $"{service}: {image} is not pinned.");
        }
    }

    [Fact]
    public void ServerImage_BuildsTheDesignerWithNode_AndTheServerWithTheSdk_AndServesBoth()
    {
        var dockerfile = Build("server").Dockerfile;

        Assert.Contains(dockerfile.Stages, s => s.BaseImage.StartsWith("node:", StringComparison.Ordinal) && s.Arguments("RUN").Contains("npm run build"));
        Assert.Contains(dockerfile.Stages, s => s.BaseImage.StartsWith("mcr.microsoft.com/dotnet/sdk:", StringComparison.Ordinal)
            && s.Arguments("RUN").Any(r => r.Contains("dotnet publish server/HealthFlows.Server/HealthFlows.Server.csproj", StringComparison.Ordinal)));
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:", dockerfile.Final.BaseImage, StringComparison.Ordinal);
        Assert.Contains(dockerfile.Final.Arguments("COPY"), c => c.StartsWith("--from=designer ", StringComparison.Ordinal) && c.EndsWith("./wwwroot", StringComparison.Ordinal));
        Assert.Equal("[\"dotnet\", \"HealthFlows.Server.dll\"]", dockerfile.Final.Arguments("ENTRYPOINT").Single());
        Assert.Contains("/health/ready", dockerfile.Final.Arguments("HEALTHCHECK").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void SandboxImage_PublishesTheSandboxHost()
    {
        var dockerfile = Build("erp-sandbox").Dockerfile;

        Assert.Equal("[\"dotnet\", \"HealthFlows.ErpSandbox.Host.dll\"]", dockerfile.Final.Arguments("ENTRYPOINT").Single());
        Assert.Contains("/health", ((YamlMappingNode)ComposeFile.Service("erp-sandbox")["healthcheck"])["test"].ToString(), StringComparison.Ordinal);
    }

    private static (string Context, DockerfileDocument Dockerfile) Build(string service)
    {
        var build = ComposeFile.Builds().Single(b => b.Service == service);
        return (build.Context, DockerfileDocument.Load(build.Dockerfile));
    }
}
