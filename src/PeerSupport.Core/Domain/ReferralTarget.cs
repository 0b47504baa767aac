using System.Text.Json.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// Where a referral, outreach, screening or review goes, as a lower snake_case name
/// (<c>licensed_clinician</c>, <c>crisis_service</c>, <c>phq9</c>, ...). Targets are an open set so
/// that organisations can route to their own services; the well-known ones are static properties.
/// The default value has an empty <see cref="Value"/>.
/// </summary>
[JsonConverter(typeof(ReferralTargetJsonConverter))]
public readonly struct ReferralTarget : IEquatable<ReferralTarget>, IComparable<ReferralTarget>
{
    /// <summary>The maximum length of a target name.</summary>
    public const int MaxLength = 40;

    private readonly string? _value;

    private ReferralTarget(string value) => _value = value;

    /// <summary>Creates a target from a name already checked.</summary>
    internal static ReferralTarget FromChecked(string value) => new(value);

    /// <summary>Gets a licensed clinician (<c>licensed_clinician</c>).</summary>
    public static ReferralTarget LicensedClinician { get; } = new("licensed_clinician");

    /// <summary>Gets a crisis service (<c>crisis_service</c>); which one is configured per country.</summary>
    public static ReferralTarget CrisisService { get; } = new("crisis_service");

    /// <summary>Gets primary care (<c>primary_care</c>).</summary>
    public static ReferralTarget PrimaryCare { get; } = new("primary_care");

    /// <summary>Gets outreach by a peer (<c>peer_outreach</c>).</summary>
    public static ReferralTarget PeerOutreach { get; } = new("peer_outreach");

    /// <summary>Gets screening (<c>screening</c>).</summary>
    public static ReferralTarget Screening { get; } = new("screening");

    /// <summary>Gets a review of clinical co-facilitation for a group (<c>clinical_cofacilitation</c>).</summary>
    public static ReferralTarget ClinicalCofacilitation { get; } = new("clinical_cofacilitation");

    /// <summary>Gets a review of a group's facilitation against the policy (<c>facilitation_policy</c>).</summary>
    public static ReferralTarget FacilitationPolicy { get; } = new("facilitation_policy");

    /// <summary>Gets a follow-up of an unattributed crisis disclosure (<c>crisis_followup</c>).</summary>
    public static ReferralTarget CrisisFollowup { get; } = new("crisis_followup");

    /// <summary>Gets the target name.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a target from its name.</summary>
    /// <param name="value">Lower snake_case: starts with a letter, then letters, digits or underscores; at most <see cref="MaxLength"/> characters.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> breaks the naming rule.</exception>
    public static ReferralTarget Create(string value)
    {
        var problem = Check(value);
        return problem is null ? new ReferralTarget(value) : throw new ArgumentException(problem, nameof(value));
    }

    /// <summary>Tries to create a target from its name.</summary>
    /// <param name="value">The name.</param>
    /// <param name="target">The target, or the default when the name is invalid.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool TryCreate(string? value, out ReferralTarget target)
    {
        target = Check(value) is null ? new ReferralTarget(value!) : default;
        return target._value is not null;
    }

    /// <summary>Compares two targets for equality.</summary>
    public static bool operator ==(ReferralTarget left, ReferralTarget right) => left.Equals(right);

    /// <summary>Compares two targets for inequality.</summary>
    public static bool operator !=(ReferralTarget left, ReferralTarget right) => !left.Equals(right);

    /// <summary>Orders targets ordinally.</summary>
    public static bool operator <(ReferralTarget left, ReferralTarget right) => left.CompareTo(right) < 0;

    /// <summary>Orders targets ordinally.</summary>
    public static bool operator >(ReferralTarget left, ReferralTarget right) => left.CompareTo(right) > 0;

    /// <summary>Orders targets ordinally.</summary>
    public static bool operator <=(ReferralTarget left, ReferralTarget right) => left.CompareTo(right) <= 0;

    /// <summary>Orders targets ordinally.</summary>
    public static bool operator >=(ReferralTarget left, ReferralTarget right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(ReferralTarget other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReferralTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(ReferralTarget other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the target name.</summary>
    public override string ToString() => Value;

    internal static string? Check(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "A referral target must not be empty.";
        }

        if (value.Length > MaxLength)
        {
            return $"A referral target must be at most {MaxLength} characters, was {value.Length}.";
        }

        if (value[0] is < 'a' or > 'z')
        {
            return $"A referral target must start with a lower-case letter: '{value}'.";
        }

        foreach (var c in value)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                return $"A referral target must be lower snake_case (a-z, 0-9, _): '{value}'.";
            }
        }

        return null;
    }
}
