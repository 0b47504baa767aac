using System.Diagnostics.CodeAnalysis;
using PeerSupport.Domain;

namespace PeerSupport.Data.Internal;

/// <summary>The <see cref="WireNames"/> of an enum, looked up by the characters of a cell without allocating a string.</summary>
internal static class EnumNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> s_bySpan =
        WireNames.All<TEnum>().ToDictionary(n => n, WireNames.Parse<TEnum>, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryParse(ReadOnlySpan<char> text, out TEnum value) => s_bySpan.TryGetValue(text, out value);
}
