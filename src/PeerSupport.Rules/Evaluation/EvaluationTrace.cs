namespace PeerSupport.Rules.Evaluation;

/// <summary>What the reference interpreter saw while evaluating one rule.</summary>
internal sealed class EvaluationTrace
{
    public List<ComparisonExplanation> Comparisons { get; } = [];

    /// <summary>Keys of facts that read as missing, in first-seen order without repeats.</summary>
    public List<string> MissingFacts { get; } = [];

    public void Read(in FactRequest request, FactValue value)
    {
        if (value.Kind == FactValueKind.Missing && !MissingFacts.Contains(request.Key))
        {
            MissingFacts.Add(request.Key);
        }
    }
}
