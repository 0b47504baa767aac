namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// Bad input from the user (an argument, a file, a dataset, a rule file): the command stops with exit code 2
/// and every problem is printed on its own line. Messages name the value and the rule broken, never personal data.
/// </summary>
internal sealed class CliInputException : Exception
{
    /// <summary>Initializes a new exception with one problem.</summary>
    /// <param name="message">The problem.</param>
    public CliInputException(string message)
        : this([message])
    {
    }

    /// <summary>Initializes a new exception with one or more problems.</summary>
    /// <param name="problems">The problems, one line each.</param>
    public CliInputException(IReadOnlyList<string> problems)
        : base(problems.Count > 0 ? problems[0] : "bad input")
    {
        Problems = problems;
    }

    /// <summary>Initializes a new exception (for serializers and analyzers).</summary>
    public CliInputException()
        : this("bad input")
    {
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The cause.</param>
    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    /// <summary>Gets every problem, one line each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
