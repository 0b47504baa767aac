namespace PeerSupport.Instruments;

/// <summary>The outcome of loading an instrument definition from JSON: the definition, or every problem found. Immutable.</summary>
public sealed class InstrumentDefinitionLoadResult
{
    internal InstrumentDefinitionLoadResult(InstrumentDefinition? definition, IReadOnlyList<Problem> problems)
    {
        Definition = definition;
        Problems = problems;
    }

    /// <summary>Gets a value indicating whether the definition loaded (no problems).</summary>
    public bool IsSuccess => Definition is not null;

    /// <summary>Gets the definition, or <see langword="null"/> when there were problems.</summary>
    public InstrumentDefinition? Definition { get; }

    /// <summary>Gets every problem found, each with its JSON pointer and the rule broken; empty on success.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
