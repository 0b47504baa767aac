namespace PeerSupport.Analytics;

/// <summary>Facts about the PeerSupport.Analytics assembly.</summary>
public static class AnalyticsAssembly
{
    /// <summary>Gets the informational version of the assembly, stamped on every report.</summary>
    public static string Version { get; } =
        typeof(AnalyticsAssembly).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "0.0.0";
}
