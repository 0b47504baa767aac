using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Tests;

/// <summary>The outcome of one in-process run of the tool.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the tool's entry point in-process with captured, non-interactive stdout and stderr.</summary>
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(output, error, IsInteractive: false));
        return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Runs the tool with one extra command, <c>fail</c>, that throws an unexpected exception.</summary>
    public static CliRun WithFailingCommand(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var fail = new System.CommandLine.Command("fail", "Throws, to test the handling of unexpected failures.");
        fail.SetAction(Throw);
        var exitCode = CliApp.Run(args, new CliConsole(output, error, IsInteractive: false), [fail]);
        return new CliRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    private static int Throw(System.CommandLine.ParseResult parse) => throw new InvalidOperationException("the disk is on fire");

    /// <summary>Gets the non-empty lines of stderr.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc/>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
