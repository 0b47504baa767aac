namespace PeerSupport.Instruments;

/// <summary>The PHQ-9 severity bands. The default value is <see cref="Minimal"/>.</summary>
public enum Phq9Severity
{
    /// <summary>Total 0–4.</summary>
    Minimal = 0,

    /// <summary>Total 5–9.</summary>
    Mild = 1,

    /// <summary>Total 10–14.</summary>
    Moderate = 2,

    /// <summary>Total 15–19.</summary>
    ModeratelySevere = 3,

    /// <summary>Total 20–27.</summary>
    Severe = 4,
}
