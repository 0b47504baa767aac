using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
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
        => Cache<TEnum>.ToName.TryGetValue(value, out var name)
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
        if (text is not null && Cache<TEnum>.FromName.TryGetValue(text, out value))
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

    private static class Cache<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Names;
        public static readonly FrozenDictionary<TEnum, string> ToName;
        public static readonly FrozenDictionary<string, TEnum> FromName;

#pragma warning disable CA1810 // The three tables are built together from one reflection pass.
        static Cache()
#pragma warning restore CA1810
        {
            var pairs = new List<KeyValuePair<TEnum, string>>();
            foreach (var field in typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{field.Name} has no wire name.");
                pairs.Add(new((TEnum)field.GetValue(null)!, name));
            }

            Names = pairs.Select(p => p.Value).ToArray();
            ToName = pairs.ToFrozenDictionary();
            FromName = pairs.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        }
    }
}
