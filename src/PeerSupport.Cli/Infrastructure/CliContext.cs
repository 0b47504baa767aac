using System.CommandLine;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>What every command needs: the console, the progress display and the registry of help examples.</summary>
internal sealed class CliContext
{
    private readonly Dictionary<Command, string[]> _examples = [];

    /// <summary>Initializes a new context.</summary>
    /// <param name="console">The console.</param>
    public CliContext(CliConsole console)
    {
        Console = console;
        Progress = new ProgressDisplay(console);
    }

    /// <summary>Gets the console.</summary>
    public CliConsole Console { get; }

    /// <summary>Gets the progress display.</summary>
    public ProgressDisplay Progress { get; }

    /// <summary>Gets the help examples of each command.</summary>
    public IReadOnlyDictionary<Command, string[]> Examples => _examples;

    /// <summary>Registers the examples shown after <paramref name="command"/>'s help.</summary>
    /// <param name="command">The command.</param>
    /// <param name="examples">Example command lines, each with a short comment.</param>
    public void AddExamples(Command command, params string[] examples) => _examples[command] = examples;

    /// <summary>Writes a warning line to stderr.</summary>
    /// <param name="message">The warning.</param>
    public void Warn(string message) => Console.Error.WriteLine("warning: " + message);
}
