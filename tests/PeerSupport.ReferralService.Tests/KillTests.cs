using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace PeerSupport.ReferralService.Tests;

/// <summary>
/// The service as a real child process on a free loopback port, killed with SIGKILL during a bounded burst of writes. Every
/// write answered 2xx before the kill must be in the database afterwards, and SQLite's integrity check must pass.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Members = 4;
    private const int MaxRequests = 600;
    private const int KillAfterAcknowledged = 60;

    [Fact]
    public async Task SigkillDuringABurstOfWrites_LosesNothingAcknowledged_AndTheDatabaseIsIntact()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var path = ServiceFactory.NewDatabasePath();
        var serviceOutput = new ConcurrentQueue<string>();
        var (process, baseAddress) = await StartOnAFreePort(path, serviceOutput, deadline.Token);
        using var started = process;
        var decisions = new ConcurrentBag<(long LogId, string DecisionId)>();
        var assessments = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        try
        {
            using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            client.DefaultRequestHeaders.Add("X-Api-Key", Keys.Lead);
            await Api.Post(client, "/groups", new { id = Keys.GroupA, name = "Kill test", facilitationModel = "peer_led" });
            for (var m = 0; m < Members; m++)
            {
                await Api.Member(client, Keys.GroupA, $"M-K{m}", "S-K0");
                await Api.RiskyAssessment(client, $"M-K{m}");
                assessments[$"M-K{m}"] = 1;
            }

            var sent = 0;
            var acknowledged = 0;
            var killed = 0;
            async Task Worker(int m)
            {
                var member = $"M-K{m}";
                for (var i = 0; Interlocked.Increment(ref sent) <= MaxRequests && !deadline.IsCancellationRequested; i++)
                {
                    try
                    {
                        if (i % 2 == 0)
                        {
                            using var response = await client.PostAsJsonAsync($"/members/{member}/assessments", new { instrument = "gad7", date = "2026-01-08", items = new[] { 1, 1, 1, 1, 1, 1, i % 4 } }, deadline.Token);
                            if (response.StatusCode == HttpStatusCode.Created)
                            {
                                assessments.AddOrUpdate(member, 1, (_, n) => n + 1);
                            }
                        }
                        else
                        {
                            using var response = await client.PostAsync($"/members/{member}/decisions?asOf=2026-01-{9 + (i % 20):00}", null, deadline.Token);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(deadline.Token)).RootElement;
                                decisions.Add((body.GetProperty("logId").GetInt64(), body.GetProperty("decision").GetProperty("decisionId").GetString()!));
                            }
                        }

                        if (Interlocked.Increment(ref acknowledged) == KillAfterAcknowledged && Interlocked.Exchange(ref killed, 1) == 0)
                        {
                            // SIGKILL on Unix: no shutdown code runs in the service.
                            process.Kill();
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return;
                    }
                }
            }

            await Task.WhenAll(Enumerable.Range(0, Members).Select(Worker));
            Assert.True(killed == 1, $"the burst ended before the kill ({acknowledged} acknowledged)");
            await process.WaitForExitAsync(deadline.Token);
            if (OperatingSystem.IsLinux())
            {
                // 128 + SIGKILL (9): the service was killed, it did not exit.
                Assert.Equal(137, process.ExitCode);
            }

            output.WriteLine($"killed after {KillAfterAcknowledged} acknowledged writes; {Math.Min(sent, MaxRequests)} sent; {decisions.Count} decisions and {assessments.Values.Sum()} assessments acknowledged");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }

        Assert.NotEmpty(decisions);
        Assert.Contains(serviceOutput, line => line.Contains("Now listening on", StringComparison.Ordinal));
        Assert.DoesNotContain(serviceOutput, line => line.Contains("M-K", StringComparison.Ordinal));
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        foreach (var (logId, decisionId) in decisions)
        {
            Assert.Equal(decisionId, Scalar(connection, $"SELECT decision_id FROM decision_log WHERE log_id = {logId}"));
        }

        foreach (var (member, count) in assessments)
        {
            var stored = Convert.ToInt32(Scalar(connection, $"SELECT count(*) FROM assessments WHERE member_id = '{member}'"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(stored >= count, $"{member}: {count} acknowledged, {stored} stored");
        }

        connection.Close();

        // And the restarted service replays what it acknowledged.
        await using var restarted = new ServiceFactory(path);
        using var auditor = restarted.Client(Keys.Auditor);
        foreach (var (logId, _) in decisions.Take(5))
        {
            Assert.True((await Api.Post(auditor, $"/decisions/{logId}/replay", null, 200)).GetProperty("matches").GetBoolean());
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test-only SQL with values from this test
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process StartService(string databasePath, Uri address, ConcurrentQueue<string> output)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // Not the application folder: settings must be found from the application's own folder, wherever it is started.
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (name, value) in Keys.Settings(databasePath))
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? string.Empty);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Starts the service on a free port; another process may take the port first, so up to three tries.</summary>
    private static async Task<(Process Process, Uri Address)> StartOnAFreePort(string databasePath, ConcurrentQueue<string> output, CancellationToken cancel)
    {
        for (var attempt = 1; ; attempt++)
        {
            var address = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
            var process = StartService(databasePath, address, output);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            if (await WaitUntilUp(client, process, cancel))
            {
                return (process, address);
            }

            var exitCode = process.ExitCode;
            process.Dispose();
            Assert.True(attempt < 3, $"the service exited with code {exitCode} three times: {string.Join(Environment.NewLine, output)}");
        }
    }

    private static async Task<bool> WaitUntilUp(HttpClient client, Process process, CancellationToken cancel)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                return false;
            }

            try
            {
                using var response = await client.GetAsync("/healthz", cancel);
                if (response.IsSuccessStatusCode)
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100, cancel);
        }

        process.Kill();
        Assert.Fail("the service did not start within 30 s");
        return false;
    }
}
