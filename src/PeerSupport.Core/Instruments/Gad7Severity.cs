namespace PeerSupport.Instruments;

/// <summary>The GAD-7 severity bands. The default value is <see cref="Minimal"/>.</summary>
public enum Gad7Severity
{
    /// <summary>Total 0–4.</summary>
    Minimal = 0,

    /// <summary>Total 5–9.</summary>
    Mild = 1,

    /// <summary>Total 10–14.</summary>
    Moderate = 2,

    /// <summary>Total 15–21.</summary>
    Severe = 3,
}
