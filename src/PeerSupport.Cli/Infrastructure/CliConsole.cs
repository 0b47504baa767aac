namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// The standard streams a command writes to, and whether stderr is an interactive terminal (which turns the
/// progress display on). Tests pass <see cref="StringWriter"/>s and <c>isInteractive: false</c>.
/// </summary>
/// <param name="Out">Where results go (stdout).</param>
/// <param name="Error">Where problems, warnings and progress go (stderr).</param>
/// <param name="IsInteractive">Whether stderr is a terminal that can show a live progress line.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsInteractive)
{
    /// <summary>Creates the console of the current process.</summary>
    /// <returns>The process console.</returns>
    public static CliConsole System()
    {
        var term = Environment.GetEnvironmentVariable("TERM");
        var interactive = !Console.IsErrorRedirected
            && !string.Equals(term, "dumb", StringComparison.Ordinal)
            && Environment.GetEnvironmentVariable("NO_PROGRESS") is null;
        return new CliConsole(Console.Out, Console.Error, interactive);
    }
}
