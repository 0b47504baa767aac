using System.Diagnostics.CodeAnalysis;

namespace PeerSupport.Instruments;

/// <summary>The outcome of loading an instrument definition from JSON: the definition, or every problem found. Immutable.</summary>
public sealed class InstrumentDefinitionLoadResult
{
    internal InstrumentDefinitionLoadResult(InstrumentDefinition? definition, IReadOnlyList<Problem> problems)
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the definition loaded (then <see cref="Definition"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(Definition))]
    public bool Succeeded => Definition is not null;

    /// <summary>Gets the definition, or <see langword="null"/> when there were problems.</summary>
    public InstrumentDefinition? Definition { get; }

    /// <summary>Gets every problem found, each with its JSON pointer and the rule broken; empty on success.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Returns the definition, or throws with every problem when it did not load.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the definition did not load; the message lists every located problem.</exception>
    public InstrumentDefinition GetValueOrThrow() =>
        Definition ?? throw new InvalidOperationException("The instrument definition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
