using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Identifies one meeting of a group. Compared ordinally. The default value has an empty <see cref="Value"/>
/// and is never produced by <see cref="Create"/>.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<SessionId>))]
public readonly struct SessionId : IIdentifier<SessionId>
{
    private readonly string? _value;

    private SessionId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static SessionId Create(string value) => new(Identifier.Validate(value, nameof(SessionId)));

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(SessionId left, SessionId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(SessionId left, SessionId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <(SessionId left, SessionId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >(SessionId left, SessionId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <=(SessionId left, SessionId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >=(SessionId left, SessionId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(SessionId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SessionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(SessionId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
