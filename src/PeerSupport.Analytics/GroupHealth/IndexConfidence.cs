using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// How much of the configured weight the Group Health Index rests on: the coverage, Σ weight of scored components /
/// Σ configured weight.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<IndexConfidence>))]
public enum IndexConfidence
{
    /// <summary>No component could be scored; the index is undefined.</summary>
    None = 0,

    /// <summary>Coverage below 0.6.</summary>
    Low = 1,

    /// <summary>Coverage from 0.6 to below 0.85.</summary>
    Moderate = 2,

    /// <summary>Coverage of 0.85 or more.</summary>
    High = 3,
}
