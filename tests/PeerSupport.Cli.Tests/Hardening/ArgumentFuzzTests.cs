namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>Fuzz campaign over command lines: random commands, options and values (numbers, dates, paths, junk).</summary>
public sealed class ArgumentFuzzTests
{
    private static readonly string[] s_commands = ["simulate", "validate", "report", "referrals", "rules", "demo", "bogus", "--help", "-h", "--version", ""];
    private static readonly string[] s_options = ["--out", "--groups", "--members-per-group", "--weeks", "--seed", "--icc", "--start", "--force", "--as-of", "--format", "--min-cell", "--rules", "--explain", "--verbose", "--help", "--", "-", "--out=", "--groups=", "--unknown"];
    private static readonly string[] s_values =
    [
        "abc", "", " ", "0", "1", "-1", "2", "3", "10000000000", "0x10", "1.5", "1e3", "+5", "NaN", "-0", "0.1", "0,1", "9223372036854775808",
        "2025-01-06", "9999-12-31", "0001-01-01", "2024-02-30", "06/01/2025", "text", "json", "html", "markdown", "csv", "default",
        "/dev/null", "/dev/full", "/", ".", "..", "\u001b[31m", "\0", new string('9', 400), "DATA", "OUT", "OUTFILE", "RULES",
    ];

    [Fact]
    public void CommandLines_AnyArguments_ExitZeroOrTwoWithSafeMessages()
    {
        var inputs = Fuzz.Count(shortRun: 60, longRun: 1500);
        var unexpected = new List<string>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var random = new Random(HashCode.Combine(Fuzz.Seed, i, 3));
            using var temp = new TempFolder();
            var args = Generate(random, temp);
            if (Fuzz.Check(Fuzz.RunBounded(args)) is { } why)
            {
                unexpected.Add($"input {i} [{string.Join(" ", args.Select(a => "'" + a[..Math.Min(a.Length, 40)] + "'"))}]: {why}");
            }
        }

        Fuzz.Report("arguments", inputs, inputs, unexpected, watch.Elapsed);
    }

    private static string[] Generate(Random random, TempFolder temp)
    {
        var args = new List<string>();
        var command = random.Pick(s_commands);
        if (command.Length > 0)
        {
            args.Add(command);
        }

        if (command == "rules")
        {
            args.Add(random.Pick(["show", "check", "test", "nope"]));
        }

        if (command is "validate" or "report" or "referrals" || (command == "rules" && random.Next(2) == 0))
        {
            args.Add(random.Next(4) == 0 ? random.Pick(s_values) : "DATA");
        }

        var options = random.Next(6);
        for (var k = 0; k < options; k++)
        {
            args.Add(random.Pick(s_options));
            if (random.Next(5) != 0)
            {
                args.Add(random.Pick(s_values));
            }
        }

        // Keep the work small (the campaign is about parsing), and point paths at a scratch folder.
        if (args.Contains("simulate") || args.Contains("demo"))
        {
            args.AddRange(["--groups", "2", "--members-per-group", "3", "--weeks", "2"]);
            if (args.Contains("demo"))
            {
                args.RemoveRange(args.Count - 6, 6);
            }
        }

        return [.. args.Select(a => a switch
        {
            "DATA" => TestDatasets.Example,
            "OUT" => temp.File("out"),
            "OUTFILE" => temp.File("out.txt"),
            "RULES" => temp.Write("r.json", "{ \"id\": \"x\" }"),
            "/" or "." or ".." or "/dev/null" or "/dev/full" when args.Contains("--out") => temp.File("safe"),
            _ => a,
        })];
    }
}
