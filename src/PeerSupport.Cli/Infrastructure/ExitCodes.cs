namespace PeerSupport.Cli.Infrastructure;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Something unexpected failed (a bug or an environment problem); one line on stderr, the stack trace with <c>--verbose</c>.</summary>
    public const int Failure = 1;

    /// <summary>The input was bad (arguments, dataset, rule file); one clear message per problem on stderr.</summary>
    public const int BadInput = 2;
}
