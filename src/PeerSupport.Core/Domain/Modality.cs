using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>How a group meets. The default value is <see cref="InPerson"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Modality>))]
public enum Modality
{
    /// <summary>Meets in person (<c>in_person</c>).</summary>
    [JsonStringEnumMemberName("in_person")]
    InPerson,

    /// <summary>Meets online (<c>online</c>).</summary>
    [JsonStringEnumMemberName("online")]
    Online,

    /// <summary>Meets both in person and online (<c>hybrid</c>).</summary>
    [JsonStringEnumMemberName("hybrid")]
    Hybrid,
}
