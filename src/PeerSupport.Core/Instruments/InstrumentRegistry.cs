using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Instruments;

/// <summary>
/// An immutable set of instrument definitions looked up by id or by fact prefix (<c>phq9</c>). Ids and fact
/// prefixes are unique. Thread-safe.
/// </summary>
public sealed class InstrumentRegistry
{
    private readonly Dictionary<InstrumentId, InstrumentDefinition> _byId;
    private readonly Dictionary<string, InstrumentDefinition> _byPrefix;

    private InstrumentRegistry(InstrumentDefinition[] definitions)
    {
        _byId = [];
        _byPrefix = new Dictionary<string, InstrumentDefinition>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (definition is null)
            {
                throw new ArgumentException("An instrument definition must not be null.", nameof(definitions));
            }

            if (!_byId.TryAdd(definition.Id, definition))
            {
                throw new ArgumentException($"Instrument ids must be unique: {definition.Id} is defined twice.", nameof(definitions));
            }

            if (!_byPrefix.TryAdd(definition.Id.FactPrefix, definition))
            {
                throw new ArgumentException(
                    $"Instrument fact prefixes must be unique: {definition.Id} and {_byPrefix[definition.Id.FactPrefix].Id} both map to '{definition.Id.FactPrefix}'.",
                    nameof(definitions));
            }
        }

        Definitions = definitions.AsReadOnly();
    }

    /// <summary>Gets a registry holding the seven built-in instruments.</summary>
    public static InstrumentRegistry BuiltIn { get; } = new([.. BuiltInInstruments.All]);

    /// <summary>Gets the definitions in the order they were added.</summary>
    public IReadOnlyList<InstrumentDefinition> Definitions { get; }

    /// <summary>Creates a registry from definitions.</summary>
    /// <param name="definitions">The definitions; ids and fact prefixes must be unique.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definitions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when a definition is <see langword="null"/> or an id or fact prefix is used twice.</exception>
    public static InstrumentRegistry Create(IEnumerable<InstrumentDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return new InstrumentRegistry([.. definitions]);
    }

    /// <summary>Returns a registry with one more definition.</summary>
    /// <param name="definition">The definition; its id and fact prefix must not be in this registry.</param>
    /// <returns>A new registry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Thrown when the id or fact prefix is already used.</exception>
    public InstrumentRegistry Add(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new InstrumentRegistry([.. Definitions, definition]);
    }

    /// <summary>Returns a registry where the definition with the same id is replaced (for example a built-in with other limits).</summary>
    /// <param name="definition">The replacement.</param>
    /// <returns>A new registry.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">Thrown when no definition has that id.</exception>
    public InstrumentRegistry Replace(InstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!_byId.ContainsKey(definition.Id))
        {
            throw new KeyNotFoundException($"No instrument {definition.Id} to replace.");
        }

        return new InstrumentRegistry([.. Definitions.Select(d => d.Id == definition.Id ? definition : d)]);
    }

    /// <summary>Looks a definition up by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(InstrumentId id, [NotNullWhen(true)] out InstrumentDefinition? definition) => _byId.TryGetValue(id, out definition);

    /// <summary>Looks a definition up by its fact prefix, for example <c>phq9</c> (ordinal, lower case).</summary>
    /// <param name="factPrefix">The fact prefix.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="factPrefix"/> is <see langword="null"/>.</exception>
    public bool TryGetByFactPrefix(string factPrefix, [NotNullWhen(true)] out InstrumentDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(factPrefix);
        return _byPrefix.TryGetValue(factPrefix, out definition);
    }

    /// <summary>Looks a definition up by id text (as in a dataset, for example <c>PHQ-9</c>) or by fact prefix (<c>phq9</c>).</summary>
    /// <param name="idOrFactPrefix">The id text or the fact prefix.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="idOrFactPrefix"/> is <see langword="null"/>.</exception>
    public bool TryFind(string idOrFactPrefix, [NotNullWhen(true)] out InstrumentDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(idOrFactPrefix);
        if (InstrumentId.TryParse(idOrFactPrefix, out var id) && _byId.TryGetValue(id, out definition))
        {
            return true;
        }

        return _byPrefix.TryGetValue(idOrFactPrefix, out definition);
    }

    /// <summary>Returns the definition with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">Thrown when no definition has that id.</exception>
    public InstrumentDefinition Get(InstrumentId id)
        => _byId.TryGetValue(id, out var definition) ? definition : throw new KeyNotFoundException($"No instrument {id} in the registry.");
}
