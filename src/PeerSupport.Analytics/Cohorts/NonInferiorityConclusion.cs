using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>What the 95 % interval of the adjusted difference (peer-led − comparator, PHQ-9 points, higher = worse) says against the margin.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NonInferiorityConclusion>))]
public enum NonInferiorityConclusion
{
    /// <summary>The difference could not be estimated (too few groups or members, or the model could not be fitted).</summary>
    NotEstimable = 0,

    /// <summary>The interval contains the margin: the data cannot say whether peer-led groups are as beneficial.</summary>
    Inconclusive = 1,

    /// <summary>The whole interval lies below the margin: peer-led groups were not worse by more than the margin.</summary>
    NonInferior = 2,

    /// <summary>The whole interval lies above the margin: peer-led groups were worse by more than the margin.</summary>
    Inferior = 3,
}
