using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>
/// Shared machinery of the fuzz campaigns: the run size, the replayable seed, the acceptance check and the summary.
/// A short run (CI) is the default; <c>PEERSUPPORT_FUZZ=long</c> runs the long campaign and
/// <c>PEERSUPPORT_FUZZ_SEED=N</c> replays a campaign from seed N (every failure names its seed and input number).
/// </summary>
internal static class Fuzz
{
    /// <summary>The bound on one run of the tool: a hang (or exponential work) fails the input.</summary>
    public static readonly TimeSpan RunBound = TimeSpan.FromSeconds(30);

    /// <summary>Gets whether the long campaign was asked for.</summary>
    public static bool Long => string.Equals(Environment.GetEnvironmentVariable("PEERSUPPORT_FUZZ"), "long", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets the campaign seed: <c>PEERSUPPORT_FUZZ_SEED</c>, else a fixed seed so CI is repeatable.</summary>
    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PEERSUPPORT_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 20261206;

    /// <summary>The number of inputs of a campaign: short in CI, long behind the switch.</summary>
    public static int Count(int shortRun, int longRun) => Long ? longRun : shortRun;

    /// <summary>Runs the tool in-process within <see cref="RunBound"/>; a run that does not finish is reported as a hang.</summary>
    public static CliRun? RunBounded(string[] args)
    {
        var task = Task.Run(() => CliRun.Of(args));
        return task.Wait(RunBound) ? task.Result : null;
    }

    /// <summary>
    /// Checks one outcome: exit 0, or exit 2 with at least one message, and in every case no unexpected failure, no stack
    /// trace, no control character and no line over 2,000 characters on stderr.
    /// </summary>
    /// <returns>Why the outcome is unexpected, or <see langword="null"/> when it is acceptable.</returns>
    public static string? Check(CliRun? run, bool mustSucceed = false)
    {
        if (run is null)
        {
            return $"did not finish within {RunBound.TotalSeconds} s";
        }

        if (run.ExitCode is not (0 or 2) || (mustSucceed && run.ExitCode != 0))
        {
            return $"exit {run.ExitCode}: {First(run.Error)}";
        }

        var lines = run.ErrorLines.Concat(run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        if (run.ExitCode == 2 && lines.Length == 0)
        {
            return "exit 2 without a message";
        }

        foreach (var line in lines)
        {
            if (line.Contains("peersupport: unexpected failure", StringComparison.Ordinal) || line.StartsWith("   at ", StringComparison.Ordinal))
            {
                return "unexpected failure: " + First(line);
            }

            if (line.Length > 2100 || line.Any(c => char.IsControl(c) && c != '\t'))
            {
                return "an unsafe or overlong message line: " + First(line);
            }
        }

        return null;
    }

    /// <summary>Records a campaign's figures in artifacts/fuzz/NAME.txt (CI prints the total) and fails listing every unexpected outcome.</summary>
    public static void Report(string campaign, int inputs, int runs, IReadOnlyList<string> unexpected, TimeSpan elapsed)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "fuzz");
        Directory.CreateDirectory(folder);
        File.WriteAllText(
            Path.Combine(folder, campaign + ".txt"),
            string.Create(CultureInfo.InvariantCulture, $"{campaign} {inputs} {unexpected.Count} {runs} {elapsed.TotalSeconds:F1} seed={Seed} {(Long ? "long" : "short")}\n"));
        Assert.True(unexpected.Count == 0, $"fuzz {campaign} (seed {Seed}): {unexpected.Count} unexpected of {inputs} inputs\n" + string.Join("\n", unexpected.Take(30)));
    }

    /// <summary>Creates a FIFO (Unix only).</summary>
    public static bool TryMakeFifo(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false, RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string First(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PeerSupport.Core.sln")))
            {
                return folder.FullName;
            }
        }

        return Path.GetTempPath();
    }

    /// <summary>Text helpers for mutations.</summary>
    public static string Pick(this Random random, IReadOnlyList<string> items) => items[random.Next(items.Count)];

    /// <summary>Encodes text as UTF-8 without a byte order mark.</summary>
    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}
