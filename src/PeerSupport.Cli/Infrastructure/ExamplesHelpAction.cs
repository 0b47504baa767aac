using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>Prints the standard help of a command followed by its examples.</summary>
internal sealed class ExamplesHelpAction : SynchronousCommandLineAction
{
    private readonly HelpAction _inner;
    private readonly IReadOnlyDictionary<Command, string[]> _examples;

    /// <summary>Initializes a new action.</summary>
    /// <param name="inner">The library's help action.</param>
    /// <param name="examples">The examples of each command.</param>
    public ExamplesHelpAction(HelpAction inner, IReadOnlyDictionary<Command, string[]> examples)
    {
        _inner = inner;
        _examples = examples;
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        _inner.Invoke(parseResult);
        if (_examples.TryGetValue(parseResult.CommandResult.Command, out var examples) && examples.Length > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return ExitCodes.Success;
    }
}
