namespace HealthFlows.Server.Tests.Deployment;

/// <summary>A Dockerfile read as instructions (continuation lines joined, comments dropped), grouped by build stage.</summary>
public sealed class DockerfileDocument
{
    private DockerfileDocument(IReadOnlyList<DockerfileStage> stages) => Stages = stages;

    public IReadOnlyList<DockerfileStage> Stages { get; }

    public DockerfileStage Final => Stages[^1];

    public static DockerfileDocument Load(string path)
    {
        var stages = new List<DockerfileStage>();
        foreach (var (keyword, arguments) in Instructions(File.ReadAllLines(path)))
        {
            if (keyword == "FROM")
            {
                var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var name = words.Length >= 3 && words[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[^1] : null;
                stages.Add(new DockerfileStage(words[0], name));
            }
            else if (stages.Count == 0)
            {
                throw new InvalidDataException($"{path}: {keyword} before the first FROM.");
            }
            else
            {
                stages[^1].Instructions.Add((keyword, arguments));
            }
        }

        return new DockerfileDocument(stages);
    }

    private static IEnumerable<(string Keyword, string Arguments)> Instructions(IEnumerable<string> lines)
    {
        var pending = "";
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || (line.Length == 0 && pending.Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1].Trim() + " ";
                continue;
            }

            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length == 0)
            {
                continue;
            }

            var space = whole.IndexOf(' ', StringComparison.Ordinal);
            yield return space < 0 ? (whole.ToUpperInvariant(), "") : (whole[..space].ToUpperInvariant(), whole[(space + 1)..].Trim());
        }
    }
}
