using System.Collections.Frozen;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// An immutable map from fact keys (<see cref="FactRequest.Key"/>) to values: facts given explicitly, as in rule test
/// cases, decision-log replay, or by hosts that compute facts themselves. Keys not in the set read as
/// <see cref="FactValue.Absent"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; reading does not allocate.</remarks>
public sealed class FactSet : IFactReader
{
    private readonly FrozenDictionary<string, FactValue> _values;

    private FactSet(FrozenDictionary<string, FactValue> values, IReadOnlyList<KeyValuePair<string, FactValue>> entries)
    {
        _values = values;
        Entries = entries;
    }

    /// <summary>Gets the empty set (every fact absent).</summary>
    public static FactSet Empty { get; } = Create([]);

    /// <summary>Gets the entries in the order given.</summary>
    public IReadOnlyList<KeyValuePair<string, FactValue>> Entries { get; }

    /// <summary>Creates a set.</summary>
    /// <param name="entries">Key and value pairs; keys are unique.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a key is null, empty or repeated.</exception>
    public static FactSet Create(IEnumerable<KeyValuePair<string, FactValue>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var dictionary = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var (key, value) in list)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("A fact key must not be empty.", nameof(entries));
            }

            if (!dictionary.TryAdd(key, value))
            {
                throw new ArgumentException($"Fact '{key}' is given twice.", nameof(entries));
            }
        }

        return new FactSet(dictionary.ToFrozenDictionary(StringComparer.Ordinal), list.AsReadOnly());
    }

    /// <summary>Gets the value for a key, or <see cref="FactValue.Absent"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    public FactValue this[string key] => _values.TryGetValue(key, out var value) ? value : FactValue.Absent;

    /// <inheritdoc/>
    public FactValue Read(in FactRequest request) => _values.TryGetValue(request.Key, out var value) ? value : FactValue.Absent;
}
