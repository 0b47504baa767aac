using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>What went wrong in a session. The default value is <see cref="HarmfulAdvice"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IncidentKind>))]
public enum IncidentKind
{
    /// <summary>Advice that could harm a member (advising, diagnosing or prescribing) (<c>harmful_advice</c>).</summary>
    [JsonStringEnumMemberName("harmful_advice")]
    HarmfulAdvice,

    /// <summary>Conflict between members (<c>conflict</c>).</summary>
    [JsonStringEnumMemberName("conflict")]
    Conflict,

    /// <summary>A breach of the group's boundaries (<c>boundary_violation</c>).</summary>
    [JsonStringEnumMemberName("boundary_violation")]
    BoundaryViolation,

    /// <summary>A member disclosed a crisis (for example suicidal thoughts) (<c>crisis_disclosure</c>).</summary>
    [JsonStringEnumMemberName("crisis_disclosure")]
    CrisisDisclosure,

    /// <summary>Any other incident (<c>other</c>).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
