using System.Globalization;

namespace PeerSupport.Analytics.GroupHealth;

/// <content>Scoring, re-weighting and explaining the index.</content>
public sealed partial class GroupHealthAnalyzer
{
    private const double HighCoverage = 0.85;
    private const double ModerateCoverage = 0.6;

    /// <summary>Scores a measured value against its target, in [0, 1].</summary>
    internal static double ScoreAgainstTarget(double value, double target, bool lowerIsBetter)
        => lowerIsBetter
            ? (value <= 0 ? 1 : Math.Min(1, target / value))
            : Math.Clamp(value / target, 0, 1);

    /// <summary>Maps coverage to a confidence band.</summary>
    internal static IndexConfidence ConfidenceOf(double coverage) => coverage switch
    {
        <= 0 => IndexConfidence.None,
        < ModerateCoverage => IndexConfidence.Low,
        < HighCoverage => IndexConfidence.Moderate,
        _ => IndexConfidence.High,
    };

    private GroupHealthIndex BuildIndex(List<Measured> measured)
    {
        var totalWeight = _options.TotalWeight;
        var scoredWeight = 0.0;
        foreach (var m in measured)
        {
            var weight = _options.WeightOf(m.Kind);
            if (weight > 0 && !m.IsSuppressed && m.InsufficientReason is null)
            {
                scoredWeight += weight;
            }
        }

        var components = new List<HealthIndexComponent>(measured.Count);
        var index = 0.0;
        var left = new List<string>();
        foreach (var m in measured)
        {
            var weight = _options.WeightOf(m.Kind);
            var target = _options.TargetOf(m.Kind);
            var lowerIsBetter = m.Kind == HealthComponentKind.Safety;
            var component = new HealthIndexComponent
            {
                Kind = m.Kind,
                Value = m.Value,
                Target = target,
                LowerIsBetter = lowerIsBetter,
                Weight = weight,
            };
            if (weight == 0)
            {
                component = component with
                {
                    Status = ComponentStatus.Excluded,
                    Score = Statistic.Undefined("the component's weight is 0"),
                    Explanation = $"{Label(m.Kind)} is not part of the index because its weight is 0.",
                };
            }
            else if (m.IsSuppressed)
            {
                left.Add(Label(m.Kind).ToLowerInvariant() + " (suppressed)");
                component = component with
                {
                    Status = ComponentStatus.Suppressed,
                    Score = Statistic.Undefined("the value is suppressed"),
                    Explanation = string.Create(CultureInfo.InvariantCulture, $"{Label(m.Kind)} was not scored because it describes fewer than {_cells.MinimumCellSize} members and is suppressed; its weight was shared among the scored components."),
                };
            }
            else if (m.InsufficientReason is { } reason)
            {
                left.Add(Label(m.Kind).ToLowerInvariant() + " (too little data)");
                component = component with
                {
                    Status = ComponentStatus.InsufficientData,
                    Score = Statistic.Undefined("too little data: " + reason),
                    Explanation = $"{Label(m.Kind)} was not scored because of too little data ({reason}); its weight was shared among the scored components.",
                };
            }
            else
            {
                var value = m.Value.Value;
                var score = ScoreAgainstTarget(value, target, lowerIsBetter);
                var effective = weight / scoredWeight;
                var contribution = 100 * effective * score;
                index += contribution;
                component = component with
                {
                    Status = ComponentStatus.Scored,
                    Score = Statistic.Of(score),
                    EffectiveWeight = effective,
                    Contribution = contribution,
                    Explanation = string.Create(
                        CultureInfo.InvariantCulture,
                        $"{Label(m.Kind)} was {Format(m.Kind, value)} against a target of {(lowerIsBetter ? "at most " : string.Empty)}{Format(m.Kind, target)}, scoring {score:0.00} and contributing {contribution:0.0} of its {100 * effective:0.0} possible points."),
                };
            }

            components.Add(component);
        }

        var coverage = scoredWeight / totalWeight;
        var confidence = ConfidenceOf(coverage);
        var missing = left.Count == 0 ? "every weighted component was scored" : "not scored: " + string.Join(", ", left);
        var indexValue = scoredWeight > 0 ? Statistic.Of(Math.Clamp(index, 0, 100)) : Statistic.Undefined("no component could be scored");
        var explanation = scoredWeight > 0
            ? string.Create(CultureInfo.InvariantCulture, $"Group Health Index {index:0.0} of 100 with {confidence.ToString().ToLowerInvariant()} confidence: the scored components carry {coverage:P0} of the configured weight ({missing}).")
            : $"No Group Health Index: no component could be scored ({missing}).";
        return new GroupHealthIndex
        {
            Value = indexValue,
            Coverage = coverage,
            Confidence = confidence,
            Components = components,
            Explanation = explanation,
        };
    }

    private static string Label(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Attendance => "Attendance",
        HealthComponentKind.Retention => "Retention",
        HealthComponentKind.ParticipationEquity => "Participation equity",
        HealthComponentKind.Safety => "The incident rate",
        HealthComponentKind.Facilitation => "Facilitation compliance",
        HealthComponentKind.Outcomes => "Net reliable improvement",
        _ => "Referral follow-through",
    };

    private static string Format(HealthComponentKind kind, double value) => kind switch
    {
        HealthComponentKind.Safety => string.Create(CultureInfo.InvariantCulture, $"{value:0.##} per 100 member-sessions"),
        HealthComponentKind.ParticipationEquity => string.Create(CultureInfo.InvariantCulture, $"{value:0.00}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{100 * value:0.#} %"),
    };
}
