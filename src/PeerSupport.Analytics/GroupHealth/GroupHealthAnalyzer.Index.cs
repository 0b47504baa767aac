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

    /// <summary>
    /// Rebuilds an index after disclosure control hid more figures: a component whose figure is now hidden is treated
    /// as suppressed, and the weights, publication rule and explanation are worked out again.
    /// </summary>
    internal GroupHealthIndex RebuildIndex(GroupHealthIndex index, Func<HealthComponentKind, Statistic, bool> isHidden, int members, MemberSample[] samples, string key)
    {
        var measured = index.Components
            .Select(c => new Measured(
                c.Kind,
                c.Status == ComponentStatus.Suppressed || isHidden(c.Kind, c.Value) ? Statistic.Undefined(_cells.SuppressionReason) : c.Value,
                c.InsufficientReason,
                c.Status == ComponentStatus.Suppressed || isHidden(c.Kind, c.Value)))
            .ToList();
        return BuildIndex(measured, members, samples, key);
    }

    private GroupHealthIndex BuildIndex(List<Measured> measured, int members, MemberSample[] samples, string key)
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

        IReadOnlyList<HealthIndexComponent> components;
        var built = new List<HealthIndexComponent>(measured.Count);
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
                    InsufficientReason = reason,
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

            built.Add(component);
        }

        components = built;

        var coverage = scoredWeight / totalWeight;
        var confidence = ConfidenceOf(coverage);
        var missing = left.Count == 0 ? "every weighted component was scored" : "not scored: " + string.Join(", ", left);
        var notPublished = scoredWeight <= 0
            ? $"no component could be scored ({missing})"
            : members < _cells.MinimumCellSize
            ? string.Create(CultureInfo.InvariantCulture, $"the group has fewer than {_cells.MinimumCellSize} members")
            : coverage + 1e-9 < _options.MinimumPublishedCoverage
            ? string.Create(CultureInfo.InvariantCulture, $"the scored components carry {100 * coverage:0} % of the weight, less than the {100 * _options.MinimumPublishedCoverage:0} % required ({missing})")
            : null;
        if (notPublished is not null)
        {
            // The contributions would add up to the index that is not published: show the scores, not the points.
            components = components
                .Select(c => c.Status == ComponentStatus.Scored ? c with { EffectiveWeight = 0, Contribution = 0 } : c)
                .ToList();
            return new GroupHealthIndex
            {
                Value = Statistic.Undefined("not published: " + notPublished),
                Interval = ConfidenceInterval.Undefined("the index is not published", 0.95),
                Coverage = coverage,
                Confidence = IndexConfidence.None,
                Components = components,
                Explanation = $"Group Health Index not published: {notPublished}.",
            };
        }

        index = Math.Clamp(index, 0, 100);
        var explanation = string.Create(
            CultureInfo.InvariantCulture,
            $"Group Health Index {index:0.0} of 100 with {confidence.ToString().ToLowerInvariant()} confidence: the scored components carry {100 * coverage:0} % of the configured weight ({missing}). {Drivers(components)}");
        var outcome = components.FirstOrDefault(c => c.Kind == HealthComponentKind.Outcomes);
        if (outcome is not null && outcome.Value.TryGetValue(out var net) && net < 0)
        {
            explanation += string.Create(CultureInfo.InvariantCulture, $" Warning: more members reliably deteriorated than improved (net {100 * net:0} %).");
        }

        return new GroupHealthIndex
        {
            Value = Statistic.Of(index),
            Interval = BootstrapInterval(components, samples, key),
            Coverage = coverage,
            Confidence = confidence,
            Components = components,
            Explanation = explanation,
        };
    }

    // One sentence: the two components that add the most points, and the one that loses the most.
    private static string Drivers(IReadOnlyList<HealthIndexComponent> components)
    {
        var scored = components.Where(c => c.Status == ComponentStatus.Scored).ToList();
        var top = scored.OrderByDescending(c => c.Contribution).ThenBy(c => c.Kind).Take(2)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{Label(c.Kind).ToLowerInvariant()} ({c.Contribution:0.0} points)"));
        var sentence = "Most of it comes from " + string.Join(" and ", top);
        var lost = scored.Select(c => (c.Kind, Lost: (100 * c.EffectiveWeight) - c.Contribution))
            .Where(x => x.Lost >= 0.05)
            .OrderByDescending(x => x.Lost).ThenBy(x => x.Kind)
            .FirstOrDefault();
        return lost.Lost > 0
            ? sentence + string.Create(CultureInfo.InvariantCulture, $"; {Label(lost.Kind).ToLowerInvariant()} loses the most ({lost.Lost:0.0} points).")
            : sentence + "; no scored component is below its target.";
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
