using System.CommandLine;
using System.CommandLine.Help;
using PeerSupport.Cli.Commands;
using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli;

/// <summary>
/// The <c>peersupport</c> application: builds the command tree and runs one command line, mapping outcomes to
/// exit codes (0 success, 2 bad input with one message per problem, 1 unexpected failure in one line with the
/// stack trace only under <c>--verbose</c>). Tests call <see cref="Run"/> in-process with captured writers.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments (without the program name).</param>
    /// <param name="console">Where output, errors and progress go.</param>
    /// <param name="extraCommands">Commands added to the tree (tests use this to exercise failure handling).</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, CliConsole console, IEnumerable<Command>? extraCommands = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        // Everything printed on stdout may carry text from input files (names, titles, rule text), so control
        // characters are escaped there once, for every command and format.
        console = console with { Out = new EscapingWriter(console.Out) };
        var context = new CliContext(console);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an unexpected failure, print the stack trace too.",
            Recursive = true,
        };
        var root = BuildRoot(context);
        root.Options.Add(verbose);
        foreach (var command in extraCommands ?? [])
        {
            root.Subcommands.Add(command);
        }

        InstallExamples(root, context);

        var parse = root.Parse(args);
        var showStack = args.Contains("--verbose", StringComparer.Ordinal);
        try
        {
            if (parse.Errors.Count > 0 && parse.Action is not ExamplesHelpAction)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine(Echo.Line("error: " + error.Message));
                }

                console.Error.WriteLine($"Run '{CommandPath(parse.CommandResult.Command, root)} --help' for usage and examples.");
                return ExitCodes.BadInput;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliInputException ex)
        {
            foreach (var problem in ex.Problems)
            {
                console.Error.WriteLine(Echo.Line(problem));
            }

            return ExitCodes.BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var line = Echo.Line($"peersupport: unexpected failure: {ex.GetType().Name}: {OneLine(ex.Message)}");
            if (showStack)
            {
                console.Error.WriteLine(line);
                console.Error.WriteLine(ex.ToString());
            }
            else
            {
                console.Error.WriteLine(line + " (run again with --verbose for the stack trace)");
            }

            return ExitCodes.Failure;
        }
        finally
        {
            console.Out.Flush();
            console.Error.Flush();
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand(
            "peersupport: simulate, validate and analyse peer support group datasets (a folder of CSV files), and make explainable referral decisions.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Subcommands.Add(command);
        }

        context.AddExamples(
            root,
            "peersupport demo                                  # simulate a cohort, print group health and referrals",
            "peersupport simulate --out data --seed 7          # write a simulated dataset (CSV)",
            "peersupport validate data                         # exit 0 valid, 2 invalid (file:line:column)",
            "peersupport report data --format html --out r.html",
            "peersupport referrals data --format json",
            "peersupport rules show default");
        return root;
    }

    private static void InstallExamples(RootCommand root, CliContext context)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new ExamplesHelpAction((HelpAction)help.Action!, context.Examples);
    }

    private static string CommandPath(Command command, RootCommand root)
    {
        var names = new List<string>();
        Command? current = command;
        while (current is not null && current != root)
        {
            names.Insert(0, current.Name);
            current = current.Parents.OfType<Command>().FirstOrDefault();
        }

        names.Insert(0, "peersupport");
        return string.Join(' ', names);
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
