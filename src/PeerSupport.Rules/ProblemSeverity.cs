namespace PeerSupport;

/// <summary>How serious a <see cref="Problem"/> is. The default value is <see cref="Error"/>.</summary>
public enum ProblemSeverity
{
    /// <summary>The input cannot be used; nothing is built from it.</summary>
    Error,

    /// <summary>The input is used, but something may be wrong (for example a missing attendance row, read as absent).</summary>
    Warning,
}
