using System.Collections.Frozen;

namespace PeerSupport.Rules.Language;

/// <summary>
/// The declared fact vocabulary that rule conditions are checked against at load time, plus the known outcome targets
/// and screening instruments. Start from <see cref="Empty"/> or <see cref="Create"/> and add typed facts with
/// <see cref="WithFact"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; <c>With*</c> methods return new schemas.</remarks>
public sealed class FactSchema
{
    private readonly FrozenDictionary<string, FactDefinition> _facts;

    private FactSchema(IReadOnlyList<FactDefinition> facts, IReadOnlyList<string> targets, IReadOnlyList<string> instruments)
    {
        Facts = facts;
        Targets = targets;
        Instruments = instruments;
        _facts = facts.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the empty schema: no facts, no targets, no screening instruments.</summary>
    public static FactSchema Empty { get; } = new([], [], []);

    /// <summary>Gets every declared fact in declaration order.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>Gets the known targets of refer, outreach and review outcomes (lower snake_case).</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Gets the instrument ids a screen outcome may target (e.g. <c>phq9</c>).</summary>
    public IReadOnlyList<string> Instruments { get; }

    /// <summary>Creates a schema from its facts, outcome targets and screening instruments.</summary>
    /// <param name="facts">The facts, in declaration order; names are unique.</param>
    /// <param name="targets">The lower snake_case targets of refer, outreach and review outcomes.</param>
    /// <param name="instruments">The lower snake_case instrument ids a screen outcome may target.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a fact name repeats or a target or instrument is not lower snake_case.</exception>
    public static FactSchema Create(IEnumerable<FactDefinition> facts, IEnumerable<string> targets, IEnumerable<string> instruments)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(instruments);
        var factList = facts.ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in factList)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            if (!names.Add(fact.Name))
            {
                throw new ArgumentException($"Fact '{fact.Name}' is declared twice.", nameof(facts));
            }
        }

        var targetList = targets.Distinct(StringComparer.Ordinal).ToArray();
        var instrumentList = instruments.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var name in targetList.Concat(instrumentList))
        {
            if (!IsSnakeCase(name))
            {
                throw new ArgumentException($"Target '{name}' must be lower snake_case (a–z, 0–9, '_', starting with a letter).", nameof(targets));
            }
        }

        return new FactSchema(factList, targetList, instrumentList);
    }

    /// <summary>Returns a schema with one more fact.</summary>
    /// <param name="definition">The fact to add.</param>
    /// <returns>The new schema.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a fact with the same name exists.</exception>
    public FactSchema WithFact(FactDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_facts.ContainsKey(definition.Name))
        {
            throw new ArgumentException($"Fact '{definition.Name}' is already declared.", nameof(definition));
        }

        return new FactSchema([.. Facts, definition], Targets, Instruments);
    }

    /// <summary>Returns a schema with one more outcome target.</summary>
    /// <param name="target">A lower snake_case target name.</param>
    /// <returns>The new schema (this one when the target is already known).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="target"/> is not lower snake_case.</exception>
    public FactSchema WithTarget(string target)
    {
        if (!IsSnakeCase(target))
        {
            throw new ArgumentException($"Target '{target}' must be lower snake_case (a–z, 0–9, '_', starting with a letter).", nameof(target));
        }

        return Targets.Contains(target, StringComparer.Ordinal) ? this : new FactSchema(Facts, [.. Targets, target], Instruments);
    }

    /// <summary>Looks up a fact by name.</summary>
    /// <param name="name">The dotted name.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>True when the fact is declared.</returns>
    public bool TryGetFact(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FactDefinition? definition) =>
        _facts.TryGetValue(name, out definition);

    /// <summary>Returns whether <paramref name="text"/> is lower snake_case: a letter, then letters, digits or '_'.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when it is.</returns>
    public static bool IsSnakeCase(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 64 && text[0] is >= 'a' and <= 'z' && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');

    /// <summary>Returns the candidate closest to <paramref name="name"/> by edit distance, or null when none is close.</summary>
    internal static string? Suggest(string name, IEnumerable<string> candidates)
    {
        if (name.Length > 128)
        {
            // Edit distance is quadratic; a huge unknown name from a hostile file gets no suggestion.
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    internal static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
