using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AnimPlatform.Tests.Distributed;

/// <summary>
/// A throw-away PostgreSQL cluster from Debian's server binaries: <c>initdb</c> in a temp folder, <c>pg_ctl</c> on a
/// free port of 127.0.0.1 (trust authentication, user postgres). As root the cluster runs as the postgres user
/// (PostgreSQL refuses root). Stopped (immediate) and removed on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _dir;
    private readonly bool _asPostgresUser;

    private PostgresServer(string dir, int port, bool asPostgresUser)
    {
        _dir = dir;
        Port = port;
        _asPostgresUser = asPostgresUser;
    }

    public int Port { get; }

    /// <summary>The folder of initdb and pg_ctl (the newest installed version), or null when PostgreSQL is not installed.</summary>
    public static string? BinDir { get; } = FindBinDir();

    public const string MissingReason =
        "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: install Debian's postgresql (scripts/install-deps.sh --test)";

    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false }.ConnectionString;

    public string Url(string database) => $"postgres://postgres@127.0.0.1:{Port}/{database}";

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = BinDir ?? throw new InvalidOperationException(MissingReason);
        var dir = Directory.CreateTempSubdirectory("animplatform-pg-").FullName;
        var asPostgres = Environment.UserName == "root";
        if (asPostgres) await RunAsync("chown", ["-R", "postgres", dir], false);
        var port = FreePort();
        var server = new PostgresServer(dir, port, asPostgres);
        await server.RunToolAsync(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-A", "trust", "-U", "postgres", "--no-sync"]);
        await server.RunToolAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"]);
        return server;
    }

    public async Task CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task RunToolAsync(string tool, IReadOnlyList<string> args) =>
        _asPostgresUser ? RunAsync("runuser", ["-u", "postgres", "--", tool, .. args], true) : RunAsync(tool, args, true);

    private static async Task RunAsync(string file, IReadOnlyList<string> args, bool check)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (check && p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {p.ExitCode}:\n{await stdout}\n{await stderr}");
    }

    private static string? FindBinDir()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root)) return null;
        return Directory.GetDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunToolAsync(Path.Combine(BinDir!, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException) { }
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary>A fact that needs a local PostgreSQL server: skipped, with the reason, when its binaries are not installed.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresServer.BinDir is null) Skip = PostgresServer.MissingReason;
    }
}
