using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Identifies a peer support group. Compared ordinally. The default value has an empty <see cref="Value"/>
/// and is never produced by <see cref="Create"/>.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<GroupId>))]
public readonly struct GroupId : IIdentifier<GroupId>
{
    private readonly string? _value;

    private GroupId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static GroupId Create(string value) => new(Identifier.Validate(value, nameof(GroupId)));

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(GroupId left, GroupId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(GroupId left, GroupId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <(GroupId left, GroupId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >(GroupId left, GroupId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <=(GroupId left, GroupId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >=(GroupId left, GroupId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(GroupId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GroupId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(GroupId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
