using System.Diagnostics;
using System.Text;

namespace HealthFlows.Cluster.Tests.Support;

/// <summary>A built .NET app run with <c>dotnet app.dll</c>; its output is kept for the failure message. Disposing kills it.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last lines the process wrote (stdout and stderr), for assertion messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                var text = output.ToString();
                return text.Length <= 4000 ? text : text[^4000..];
            }
        }
    }

    public static ChildProcess Start(string assemblyPath, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assemblyPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
