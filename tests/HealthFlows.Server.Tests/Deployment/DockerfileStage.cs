namespace HealthFlows.Server.Tests.Deployment;

/// <summary>One <c>FROM</c> of a Dockerfile and the instructions under it.</summary>
public sealed record DockerfileStage(string BaseImage, string? Name)
{
    public List<(string Keyword, string Arguments)> Instructions { get; } = [];

    public IEnumerable<string> Arguments(string keyword) => Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);
}
