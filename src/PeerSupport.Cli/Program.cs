using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli;

/// <summary>The process entry point of the <c>peersupport</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, CliConsole.System());
}
