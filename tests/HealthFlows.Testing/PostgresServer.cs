using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace HealthFlows.Testing;

/// <summary>
/// A real PostgreSQL server on loopback in a temp directory, for the lifetime of a test assembly (use it as an assembly
/// fixture). It fails, never skips, when PostgreSQL is not installed: a test that silently did not run proves nothing.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The superuser the tests connect as (trust authentication on loopback).</summary>
    public const string User = "postgres";

    private const string OsUser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly TempDirectory root = new("hf-pg-");
    private string binDirectory = "";
    private bool runAsPostgresUser;
    private bool started;
    private int databases;

    /// <summary>The TCP port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; private set; }

    private string DataDirectory => root.Combine("data");

    private string SocketDirectory => root.Combine("sock");

    private string LogFile => root.Combine("postgres.log");

    public async ValueTask InitializeAsync()
    {
        binDirectory = await FindBinDirectoryAsync();
        runAsPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        Directory.CreateDirectory(SocketDirectory);
        if (runAsPostgresUser)
        {
            // initdb and postgres refuse to run as root: the server runs as the package's postgres user, owning the directory.
            await ProcessRunner.RunAsync("chown", ["-R", $"{OsUser}:{OsUser}", root.Path]);
        }

        await RunServerToolAsync("initdb", ["-D", DataDirectory, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);

        Exception? lastFailure = null;
        for (var attempt = 0; attempt < 3 && !started; attempt++)
        {
            Port = FreePort();
            var settings = string.Join(' ', [
                $"-p {Port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {SocketDirectory}",
                "-c listen_addresses=127.0.0.1",
                "-c max_connections=200",
                "-c fsync=off",
                "-c full_page_writes=off",
            ]);
            try
            {
                await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-o", settings, "-w", "-t", ((int)StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture), "start"]);
                started = true;
            }
            catch (InvalidOperationException ex)
            {
                // Another process may have taken the port between probe and start; try a new one.
                lastFailure = ex;
            }
        }

        if (!started)
        {
            var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no log)";
            throw new InvalidOperationException($"PostgreSQL did not start in {root.Path}.\n{log}", lastFailure);
        }
    }

    /// <summary>Creates an empty database with a unique name starting with <paramref name="prefix"/>; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{new string(prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())}_{Interlocked.Increment(ref databases)}";
        await ProcessRunner.RunAsync(Path.Combine(binDirectory, "createdb"), ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, name]);
        return ConnectionString(name);
    }

    /// <summary>The Npgsql connection string of <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username={User};Database={database};Include Error Detail=true";

    public async ValueTask DisposeAsync()
    {
        if (started)
        {
            await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }

        root.Dispose();
    }

    private static async Task<string> FindBinDirectoryAsync()
    {
        static bool HasServer(string directory) => File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

        const string Debian15 = "/usr/lib/postgresql/15/bin";
        if (HasServer(Debian15))
        {
            return Debian15;
        }

        try
        {
            var bin = (await ProcessRunner.RunAsync("pg_config", ["--bindir"])).Trim();
            if (HasServer(bin))
            {
                return bin;
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config on the PATH: fall through to the error below.
        }

        throw new InvalidOperationException(
            "PostgreSQL 15 server binaries (initdb, pg_ctl) were not found in /usr/lib/postgresql/15/bin or `pg_config --bindir`. "
            + "Install them with `apt-get install -y postgresql-15`; the persistence tests need a real PostgreSQL.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task<string> RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(binDirectory, tool);
        return runAsPostgresUser
            ? ProcessRunner.RunAsync("runuser", ["-u", OsUser, "--", path, .. arguments])
            : ProcessRunner.RunAsync(path, arguments);
    }
}
