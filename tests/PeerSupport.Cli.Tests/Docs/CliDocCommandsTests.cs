using System.Text;
using System.Text.RegularExpressions;

namespace PeerSupport.Cli.Tests.Docs;

/// <summary>The tests that change the process's working directory run alone, after every parallel test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryTests
{
    public const string Name = "working directory";
}

/// <summary>
/// Runs every <c>$ peersupport ...</c> command of docs/cli.md, in the order of the page, in one fresh working folder
/// (so <c>simulate --out data</c> makes the <c>data</c> later commands read), and checks each exit code and the
/// output shown: every shown line must match, and a closing <c>... (N more lines)</c> must hold exactly N more. Paths
/// under <c>samples/</c> are copied from the repository first, so the commands read as they do from a clone. The
/// one setup step the page gives in prose (the <c>broken</c> copy with three changed cells) is done here. The
/// install commands at the top of the page are run by CI (.ci/run installs the built package with --tool-path).
/// After an intended change of output, rerun with <c>PEERSUPPORT_ACCEPT_DOCS=1</c> to paste the new output into
/// docs/cli.md (keeping each block's shown length), and review the diff.
/// </summary>
[Collection(WorkingDirectoryTests.Name)]
public sealed partial class CliDocCommandsTests
{
    private const string Page = "docs/cli.md";

    [Fact]
    public void EveryDocumentedCommand_RunsAsShown()
    {
        var path = RepositoryFiles.PathOf(Page);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var blocks = Parse(text);
        Assert.True(blocks.Count >= 20, $"only {blocks.Count} commands found in {Page}");

        using var work = new TempFolder();
        var previous = Environment.CurrentDirectory;
        var failures = new List<string>();
        var accepted = new StringBuilder(text);
        try
        {
            Environment.CurrentDirectory = work.Path;
            foreach (var block in blocks)
            {
                Prepare(block, work.Path);
                var run = Run(block.Command, work.Path);
                var problem = Compare(block, run);
                if (problem is not null)
                {
                    failures.Add($"{Page}:{block.Line}: $ peersupport {block.Command}\n{problem}");
                }

                block.Actual = Render(block, run);
            }
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        if (Environment.GetEnvironmentVariable("PEERSUPPORT_ACCEPT_DOCS") == "1")
        {
            foreach (var block in blocks.OrderByDescending(b => b.Start))
            {
                accepted.Remove(block.Start, block.Length).Insert(block.Start, block.Actual);
            }

            File.WriteAllText(path, accepted.ToString());
            return;
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures) + "\n\nIf the new output is intended, rerun with PEERSUPPORT_ACCEPT_DOCS=1 and review the diff of " + Page + ".");
    }

    [Fact]
    public void Compare_OutputDiffers_Fails()
    {
        var block = Parse("```text\n$ peersupport --version\n9.9.9\n[exit code 0]\n```\n").Single();
        Assert.NotNull(Compare(block, new CliRun(0, "0.1.0\n", string.Empty)));
        Assert.NotNull(Compare(block, new CliRun(2, "9.9.9\n", string.Empty)));
        Assert.Null(Compare(block, new CliRun(0, "9.9.9\n", string.Empty)));
    }

    [Fact]
    public void Compare_TruncatedOutput_ChecksTheCountOfHiddenLines()
    {
        var block = Parse("```text\n$ peersupport x\none\n... (2 more lines)\n[exit code 0]\n```\n").Single();
        Assert.Null(Compare(block, new CliRun(0, "one\ntwo\nthree\n", string.Empty)));
        Assert.NotNull(Compare(block, new CliRun(0, "one\ntwo\n", string.Empty)));
    }

    [Fact]
    public void Tokenize_QuotesAndRedirect()
    {
        Assert.Equal(["[suggest:8]", "rules sh"], Tokenize("\"[suggest:8]\" \"rules sh\""));
        Assert.Equal(["rules", "show", "default", "--format", "json", ">", "my.rules.json"], Tokenize("rules show default --format json > my.rules.json"));
    }

    private static void Prepare(DocBlock block, string work)
    {
        foreach (var token in Tokenize(block.Command).Where(t => t.StartsWith("samples/", StringComparison.Ordinal)))
        {
            var source = RepositoryFiles.PathOf(token);
            var target = Path.Combine(work, token);
            if (File.Exists(source) && !File.Exists(target))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }
            else if (Directory.Exists(source) && !Directory.Exists(target))
            {
                Directory.CreateDirectory(target);
                foreach (var file in Directory.GetFiles(source))
                {
                    File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
                }
            }
        }

        // "Three broken cells in a copy of the same folder": the page's prose, done once.
        if (Tokenize(block.Command).Contains("broken") && !Directory.Exists(Path.Combine(work, "broken")))
        {
            var broken = Path.Combine(work, "broken");
            Directory.CreateDirectory(broken);
            foreach (var file in Directory.GetFiles(Path.Combine(work, "data")))
            {
                File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
            }

            SetField(Path.Combine(broken, "groups.csv"), line: 2, field: 3, "co-facilitated");
            SetField(Path.Combine(broken, "members.csv"), line: 3, field: 3, "2025-13-01");
            SetField(Path.Combine(broken, "attendance.csv"), line: 6, field: 3, "attended");
        }
    }

    private static void SetField(string file, int line, int field, string value)
    {
        var lines = File.ReadAllLines(file);
        var fields = lines[line - 1].Split(',');
        fields[field - 1] = value;
        lines[line - 1] = string.Join(',', fields);
        File.WriteAllText(file, string.Join('\n', lines) + "\n");
    }

    private static CliRun Run(string command, string work)
    {
        var tokens = Tokenize(command);
        var redirect = tokens.IndexOf(">");
        if (redirect < 0)
        {
            return CliRun.Of([.. tokens]);
        }

        var run = CliRun.Of([.. tokens.Take(redirect)]);
        File.WriteAllText(Path.Combine(work, tokens[redirect + 1]), run.Out);
        return run with { Out = string.Empty };
    }

    /// <summary>Null when the run matches the block, else what differs.</summary>
    private static string? Compare(DocBlock block, CliRun run)
    {
        if (run.ExitCode != block.ExitCode)
        {
            return $"exit code {run.ExitCode}, the page shows {block.ExitCode}\n{run}";
        }

        string[][] candidates = [Lines(run.Out + run.Error), Lines(run.Error + run.Out)];
        string? problem = null;
        foreach (var actual in candidates)
        {
            problem = CompareLines(block, actual);
            if (problem is null)
            {
                return null;
            }
        }

        return problem;
    }

    private static string? CompareLines(DocBlock block, string[] actual)
    {
        for (var i = 0; i < block.Shown.Count; i++)
        {
            if (i >= actual.Length)
            {
                return $"line {i + 1}: the page shows \"{block.Shown[i]}\", the output has only {actual.Length} lines";
            }

            if (actual[i] != block.Shown[i])
            {
                return $"line {i + 1}:\n  page:   {block.Shown[i]}\n  actual: {actual[i]}";
            }
        }

        var more = actual.Length - block.Shown.Count;
        return more == (block.MoreLines ?? 0) ? null : $"the output has {more} more lines than shown, the page says {block.MoreLines ?? 0}";
    }

    private static string Render(DocBlock block, CliRun run)
    {
        var actual = Lines(run.Out + run.Error);
        var shown = block.MoreLines is null ? actual : actual.Take(block.Shown.Count).ToArray();
        var builder = new StringBuilder("```text\n$ peersupport ").Append(block.Command).Append('\n');
        foreach (var line in shown)
        {
            builder.Append(line).Append('\n');
        }

        if (block.MoreLines is not null && actual.Length > shown.Length)
        {
            builder.Append("... (").Append(actual.Length - shown.Length).Append(" more lines)\n");
        }

        return builder.Append("[exit code ").Append(run.ExitCode).Append("]\n```").ToString();
    }

    private static string[] Lines(string output)
    {
        // In-process, System.CommandLine names the root command after the test host's executable in a subcommand's
        // usage line; the installed tool is named peersupport.
        output = output.Replace("testhost ", "peersupport ", StringComparison.Ordinal);
        var lines = output.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return [.. lines];
    }

    internal static List<string> Tokenize(string command)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var inToken = false;
        char? quote = null;
        foreach (var c in command)
        {
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inToken = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                    inToken = false;
                }
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        if (inToken)
        {
            tokens.Add(current.ToString());
        }

        return tokens;
    }

    private static List<DocBlock> Parse(string text)
    {
        var blocks = new List<DocBlock>();
        var lines = text.Split('\n');
        var offsets = new int[lines.Length];
        for (int i = 1; i < lines.Length; i++)
        {
            offsets[i] = offsets[i - 1] + lines[i - 1].Length + 1;
        }

        for (var i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] != "```text" || !lines[i + 1].StartsWith("$ peersupport", StringComparison.Ordinal))
            {
                continue;
            }

            var shown = new List<string>();
            var j = i + 2;
            for (; j < lines.Length && !ExitCode().IsMatch(lines[j]); j++)
            {
                shown.Add(lines[j]);
            }

            Assert.True(j + 1 < lines.Length && lines[j + 1] == "```", $"{Page}:{i + 1}: a command block must end with [exit code N] and ```");
            int? more = null;
            if (shown.Count > 0 && MoreLines().Match(shown[^1]) is { Success: true } m)
            {
                more = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                shown.RemoveAt(shown.Count - 1);
            }

            blocks.Add(new DocBlock
            {
                Start = offsets[i],
                Length = offsets[j + 1] + 3 - offsets[i],
                Line = i + 1,
                Command = lines[i + 1]["$ peersupport".Length..].Trim(),
                Shown = shown,
                MoreLines = more,
                ExitCode = int.Parse(ExitCode().Match(lines[j]).Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
            });
            i = j + 1;
        }

        return blocks;
    }

    [GeneratedRegex(@"^\[exit code (?<n>\d+)\]$", RegexOptions.ExplicitCapture)]
    private static partial Regex ExitCode();

    [GeneratedRegex(@"^\.\.\. \((?<n>\d+) more lines\)$", RegexOptions.ExplicitCapture)]
    private static partial Regex MoreLines();

    private sealed class DocBlock
    {
        public int Start { get; init; }

        public int Length { get; init; }

        public int Line { get; init; }

        public required string Command { get; init; }

        public required List<string> Shown { get; init; }

        public int? MoreLines { get; init; }

        public int ExitCode { get; init; }

        public string Actual { get; set; } = string.Empty;
    }
}
