using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;

namespace PeerSupport.Instruments;

/// <summary>
/// Identifies an instrument: one of the built-in ids (<c>PHQ-9</c>, <c>PHQ-2</c>, <c>GAD-7</c>, <c>WHO-5</c>,
/// <c>K10</c>, <c>K6</c>, <c>BARC-10</c>) or a custom id. Compared ordinally.
/// </summary>
/// <remarks>
/// <para>An id is 1 to 32 characters: an ASCII letter first, then ASCII letters, digits, <c>-</c>, <c>_</c> or
/// <c>.</c>. The built-in ids are recognised case-insensitively and stored in their canonical spelling
/// (<c>phq-9</c> becomes <c>PHQ-9</c>); custom ids are kept as given.</para>
/// <para><see cref="FactPrefix"/> is the lower-case name rules use for the instrument's facts (<c>phq9.total</c>):
/// the built-ins map to <c>phq9</c>, <c>phq2</c>, <c>gad7</c>, <c>who5</c>, <c>k10</c>, <c>k6</c>, <c>barc10</c>;
/// a custom id maps to its ASCII letters and digits, lower-cased, with every other character dropped
/// (<c>GCQ-S</c> becomes <c>gcqs</c>). Two ids can share a prefix; <see cref="InstrumentRegistry"/> rejects that.</para>
/// <para>The default value has an empty <see cref="Value"/> and <see cref="FactPrefix"/> and is never produced by
/// <see cref="Create"/>.</para>
/// </remarks>
[JsonConverter(typeof(InstrumentIdJsonConverter))]
public readonly struct InstrumentId : IEquatable<InstrumentId>, IComparable<InstrumentId>
{
    /// <summary>The maximum length of an instrument id in characters (32).</summary>
    public const int MaxLength = 32;

    private static readonly (string Id, string Prefix)[] s_builtIns =
    [
        ("PHQ-9", "phq9"), ("PHQ-2", "phq2"), ("GAD-7", "gad7"), ("WHO-5", "who5"),
        ("K10", "k10"), ("K6", "k6"), ("BARC-10", "barc10"),
    ];

    private readonly string? _value;
    private readonly string? _factPrefix;

    private InstrumentId(string value, string factPrefix)
    {
        _value = value;
        _factPrefix = factPrefix;
    }

    /// <summary>Gets the PHQ-9 id.</summary>
    public static InstrumentId Phq9 { get; } = new("PHQ-9", "phq9");

    /// <summary>Gets the PHQ-2 id.</summary>
    public static InstrumentId Phq2 { get; } = new("PHQ-2", "phq2");

    /// <summary>Gets the GAD-7 id.</summary>
    public static InstrumentId Gad7 { get; } = new("GAD-7", "gad7");

    /// <summary>Gets the WHO-5 id.</summary>
    public static InstrumentId Who5 { get; } = new("WHO-5", "who5");

    /// <summary>Gets the K10 id.</summary>
    public static InstrumentId K10 { get; } = new("K10", "k10");

    /// <summary>Gets the K6 id.</summary>
    public static InstrumentId K6 { get; } = new("K6", "k6");

    /// <summary>Gets the BARC-10 id.</summary>
    public static InstrumentId Barc10 { get; } = new("BARC-10", "barc10");

    /// <summary>Gets the id text, for example <c>PHQ-9</c>. Empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets the lower-case fact prefix used by rules, for example <c>phq9</c>. Empty for the default value.</summary>
    public string FactPrefix => _factPrefix ?? string.Empty;

    /// <summary>Gets a value indicating whether this is one of the seven built-in ids.</summary>
    public bool IsBuiltIn
    {
        get
        {
            foreach (var (id, _) in s_builtIns)
            {
                if (string.Equals(id, _value, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Creates an instrument id, validating its text.</summary>
    /// <param name="value">The id text: 1 to 32 characters, an ASCII letter first, then ASCII letters, digits, '-', '_' or '.'.</param>
    /// <returns>The id; a built-in id in its canonical spelling.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="value"/> breaks a rule; the message names the rule.</exception>
    public static InstrumentId Create(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var problem = Check(value);
        if (problem is not null)
        {
            throw new ArgumentException($"An instrument id {problem}.", nameof(value));
        }

        return Make(value);
    }

    /// <summary>Parses an instrument id without throwing.</summary>
    /// <param name="text">The id text; may be <see langword="null"/>.</param>
    /// <param name="id">The id when the text is valid; otherwise the default value.</param>
    /// <returns><see langword="true"/> when the text is a valid id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out InstrumentId id)
    {
        if (text is null || Check(text) is not null)
        {
            id = default;
            return false;
        }

        id = Make(text);
        return true;
    }

    /// <summary>Returns the rule <paramref name="value"/> breaks, or <see langword="null"/> when it is a valid id.</summary>
    internal static string? Check(string value)
    {
        if (value.Length == 0)
        {
            return "must not be empty";
        }

        if (value.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters, was {value.Length}";
        }

        if (!char.IsAsciiLetter(value[0]))
        {
            return "must start with an ASCII letter";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_' and not '.')
            {
                return "may contain only ASCII letters, digits, '-', '_' and '.'";
            }
        }

        return null;
    }

    private static InstrumentId Make(string value)
    {
        foreach (var (id, prefix) in s_builtIns)
        {
            if (string.Equals(id, value, StringComparison.OrdinalIgnoreCase))
            {
                return new InstrumentId(id, prefix);
            }
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return new InstrumentId(value, builder.ToString());
    }

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids are equal.</returns>
    public static bool operator ==(InstrumentId left, InstrumentId right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the ids differ.</returns>
    public static bool operator !=(InstrumentId left, InstrumentId right) => !left.Equals(right);

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(InstrumentId left, InstrumentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(InstrumentId left, InstrumentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or is equal.</returns>
    public static bool operator <=(InstrumentId left, InstrumentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or is equal.</returns>
    public static bool operator >=(InstrumentId left, InstrumentId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(InstrumentId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InstrumentId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(InstrumentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Returns the id text.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;
}
