using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Identifies an incident recorded in a session. Compared ordinally. The default value has an empty <see cref="Value"/>
/// and is never produced by <see cref="Create"/>.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<IncidentId>))]
public readonly struct IncidentId : IIdentifier<IncidentId>
{
    private readonly string? _value;

    private IncidentId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static IncidentId Create(string value) => new(Identifier.Validate(value, nameof(IncidentId)));

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(IncidentId left, IncidentId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(IncidentId left, IncidentId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <(IncidentId left, IncidentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >(IncidentId left, IncidentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <=(IncidentId left, IncidentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >=(IncidentId left, IncidentId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(IncidentId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IncidentId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(IncidentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
