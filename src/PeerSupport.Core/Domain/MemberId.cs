using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Identifies a pseudonymous member of a peer support group; never a name or other personal data. Compared ordinally. The default value has an empty <see cref="Value"/>
/// and is never produced by <see cref="Create"/>.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<MemberId>))]
public readonly struct MemberId : IIdentifier<MemberId>
{
    private readonly string? _value;

    private MemberId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static MemberId Create(string value) => new(Identifier.Validate(value, nameof(MemberId)));

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(MemberId left, MemberId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(MemberId left, MemberId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <(MemberId left, MemberId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >(MemberId left, MemberId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <=(MemberId left, MemberId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >=(MemberId left, MemberId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(MemberId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MemberId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(MemberId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
