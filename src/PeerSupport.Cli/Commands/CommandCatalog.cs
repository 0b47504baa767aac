using System.CommandLine;
using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Commands;

/// <summary>The top-level commands of the tool, in the order help lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>Creates every top-level command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The commands.</returns>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return DemoCommand.Create(context);
        yield return SimulateCommand.Create(context);
        yield return ValidateCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return ReferralsCommand.Create(context);
        yield return RulesCommand.Create(context);
    }
}
