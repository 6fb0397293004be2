using System.Diagnostics;

namespace HealthFlows.Testing;

/// <summary>Runs a command to completion and hands back its exit code and output.</summary>
public static class ProcessRunner
{
    /// <summary>Runs <paramref name="fileName"/>; throws with the command's output when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var (exitCode, output) = await TryRunAsync(fileName, arguments, cancellationToken);
        return exitCode == 0
            ? output
            : throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments)}' exited with {exitCode}:\n{output}");
    }

    /// <summary>Runs <paramref name="fileName"/> and returns its exit code with stdout and stderr together.</summary>
    public static async Task<(int ExitCode, string Output)> TryRunAsync(string fileName, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{fileName}'.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
