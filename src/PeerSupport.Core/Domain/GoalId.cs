using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Identifies a member goal scored by Goal Attainment Scaling. Compared ordinally. The default value has an empty <see cref="Value"/>
/// and is never produced by <see cref="Create"/>.
/// </summary>
[JsonConverter(typeof(IdentifierJsonConverter<GoalId>))]
public readonly struct GoalId : IIdentifier<GoalId>
{
    private readonly string? _value;

    private GoalId(string value) => _value = value;

    /// <inheritdoc/>
    public string Value => _value ?? string.Empty;

    /// <inheritdoc/>
    public static GoalId Create(string value) => new(Identifier.Validate(value, nameof(GoalId)));

    /// <summary>Compares two identifiers for equality.</summary>
    public static bool operator ==(GoalId left, GoalId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality.</summary>
    public static bool operator !=(GoalId left, GoalId right) => !left.Equals(right);

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <(GoalId left, GoalId right) => left.CompareTo(right) < 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >(GoalId left, GoalId right) => left.CompareTo(right) > 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator <=(GoalId left, GoalId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders identifiers ordinally.</summary>
    public static bool operator >=(GoalId left, GoalId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(GoalId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GoalId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(GoalId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the identifier text.</summary>
    public override string ToString() => Value;
}
