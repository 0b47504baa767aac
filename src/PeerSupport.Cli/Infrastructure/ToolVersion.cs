namespace PeerSupport.Cli.Infrastructure;

/// <summary>The tool's version (major.minor.patch, without build metadata) stamped on reports and decisions.</summary>
internal static class ToolVersion
{
    /// <summary>Gets the version, e.g. <c>0.1.0</c>.</summary>
    public static string Value { get; } = (typeof(ToolVersion).Assembly.GetName().Version ?? new Version(0, 0, 0)).ToString(3);
}
