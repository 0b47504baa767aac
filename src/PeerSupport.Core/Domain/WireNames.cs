using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// The lower snake_case names under which domain enum values appear in CSV files, JSON and rule text
/// (for example <c>peer_led</c>, <c>licensed_clinician</c>, <c>stat</c>). The names are the
/// <see cref="JsonStringEnumMemberNameAttribute"/> of each member, so JSON and CSV always agree.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class WireNames
{
    /// <summary>Gets the wire name of an enum value.</summary>
    /// <typeparam name="TEnum">A domain enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The wire name, e.g. <c>co_facilitated</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is not a defined member.</exception>
    public static string Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum
        => Cache<TEnum>.TryGetName(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), $"{value} is not a defined {typeof(TEnum).Name}.");

    /// <summary>Parses a wire name (ordinal, case-sensitive, as the dataset format requires).</summary>
    /// <typeparam name="TEnum">A domain enum type.</typeparam>
    /// <param name="text">The text to parse.</param>
    /// <param name="value">The parsed value, or the default when parsing fails.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is one of <see cref="All{TEnum}"/>.</returns>
    public static bool TryParse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is not null && Cache<TEnum>.TryGetValue(text, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Parses a wire name or throws an exception that lists the allowed names.</summary>
    /// <typeparam name="TEnum">A domain enum type.</typeparam>
    /// <param name="text">The text to parse.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">Thrown when <paramref name="text"/> is not a wire name of <typeparamref name="TEnum"/>.</exception>
    public static TEnum Parse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string text)
        where TEnum : struct, Enum
        => TryParse<TEnum>(text, out var value) ? value : throw new FormatException(Describe<TEnum>(text));

    /// <summary>Gets every wire name of <typeparamref name="TEnum"/> in declaration order.</summary>
    /// <typeparam name="TEnum">A domain enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum
        => Cache<TEnum>.Names;

    /// <summary>Describes why <paramref name="text"/> is not a valid name, listing the allowed ones.</summary>
    /// <typeparam name="TEnum">A domain enum type.</typeparam>
    /// <param name="text">The rejected text.</param>
    /// <returns>A message such as "'peerled' is not a facilitation model; expected one of peer_led, co_facilitated, professional_led".</returns>
    public static string Describe<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text)
        where TEnum : struct, Enum
        => $"'{text}' is not a valid {typeof(TEnum).Name}; expected one of {string.Join(", ", Cache<TEnum>.Names)}";

    /// <summary>
    /// The wire names of the domain's own enums, written out so that no reflection runs at start-up: member <c>i</c>
    /// (value <c>i</c>) has name <c>[i]</c>. The <see cref="JsonStringEnumMemberNameAttribute"/> of each member stays
    /// the definition JSON uses; a test checks that these lists equal the attributes, value for value.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The names, or <see langword="null"/> for an enum that is not one of the domain's (read by reflection).</returns>
    internal static string[]? WrittenOut<TEnum>()
        where TEnum : struct, Enum
        => typeof(TEnum) == typeof(Acuity) ? ["standard", "elevated"]
        : typeof(TEnum) == typeof(AttendanceStatus) ? ["present", "late", "absent", "excused"]
        : typeof(TEnum) == typeof(FacilitationModel) ? ["peer_led", "co_facilitated", "professional_led"]
        : typeof(TEnum) == typeof(FacilitatorRole) ? ["peer_facilitator", "certified_peer_specialist", "licensed_clinician", "supervisor"]
        : typeof(TEnum) == typeof(IncidentKind) ? ["harmful_advice", "conflict", "boundary_violation", "crisis_disclosure", "other"]
        : typeof(TEnum) == typeof(IncidentSeverity) ? ["low", "medium", "high"]
        : typeof(TEnum) == typeof(LeavingReason) ? ["completed", "dropped_out", "transferred", "referred_on"]
        : typeof(TEnum) == typeof(Modality) ? ["in_person", "online", "hybrid"]
        : null;

    /// <summary>Reads the wire names of an enum from its members' attributes, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="values">The members' values, in the same order.</param>
    /// <returns>The names.</returns>
    internal static string[] Reflect<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(out TEnum[] values)
        where TEnum : struct, Enum
    {
        var fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
        var names = new string[fields.Length];
        values = new TEnum[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            names[i] = fields[i].GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{fields[i].Name} has no wire name.");
            values[i] = (TEnum)fields[i].GetValue(null)!;
        }

        return names;
    }

    // A handful of names per enum: a linear search is as fast as hashing and costs nothing to build at start-up
    // (a FrozenDictionary over an enum key is generic code over a value type that ReadyToRun cannot pregenerate).
    private static class Cache<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
        public static readonly string[] Names;
        public static readonly TEnum[] Values;

#pragma warning disable CA1810 // The two tables are built together.
        static Cache()
#pragma warning restore CA1810
        {
            if (WrittenOut<TEnum>() is { } names)
            {
                Names = names;
                Values = new TEnum[names.Length];
                for (var i = 0; i < names.Length; i++)
                {
                    Values[i] = Unsafe.As<int, TEnum>(ref i);
                }
            }
            else
            {
                Names = Reflect(out Values);
            }
        }

        public static bool TryGetName(TEnum value, [NotNullWhen(true)] out string? name)
        {
            var values = Values;
            for (var i = 0; i < values.Length; i++)
            {
                if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
                {
                    name = Names[i];
                    return true;
                }
            }

            name = null;
            return false;
        }

        public static bool TryGetValue(string text, out TEnum value)
        {
            var names = Names;
            for (var i = 0; i < names.Length; i++)
            {
                if (string.Equals(names[i], text, StringComparison.Ordinal))
                {
                    value = Values[i];
                    return true;
                }
            }

            value = default;
            return false;
        }
    }
}
