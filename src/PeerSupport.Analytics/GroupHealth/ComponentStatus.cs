using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>Whether an index component was scored, and if not, why.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComponentStatus>))]
public enum ComponentStatus
{
    /// <summary>The component was scored and contributes to the index.</summary>
    Scored = 0,

    /// <summary>There was too little data (below the component's minimum); its weight went to the scored components.</summary>
    InsufficientData = 1,

    /// <summary>The figure describes fewer than k members and is suppressed; its weight went to the scored components.</summary>
    Suppressed = 2,

    /// <summary>The component's configured weight is 0.</summary>
    Excluded = 3,
}
