using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>How serious an incident was. The default value is <see cref="Low"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IncidentSeverity>))]
public enum IncidentSeverity
{
    /// <summary>Low severity (<c>low</c>).</summary>
    [JsonStringEnumMemberName("low")]
    Low,

    /// <summary>Medium severity (<c>medium</c>).</summary>
    [JsonStringEnumMemberName("medium")]
    Medium,

    /// <summary>High severity (<c>high</c>).</summary>
    [JsonStringEnumMemberName("high")]
    High,
}
