using System.Globalization;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Benchmarks.Startup;

/// <summary>
/// Decides for generated members and folds every decision into one checksum, so that two builds of the same rules (JIT,
/// ReadyToRun, Native AOT) can be shown to decide alike: equal checksums, or the builds disagree.
/// </summary>
internal static class GeneratedMembers
{
    private static readonly DateOnly s_asOf = new(2026, 1, 15);

    /// <summary>Decides for <paramref name="count"/> members whose facts come from <see cref="Reader"/>.</summary>
    /// <param name="ruleSet">The compiled rules.</param>
    /// <param name="count">How many members.</param>
    /// <returns>The checksum (FNV-1a over each decision's recommendations, unknowns and errors) and the number of recommendations.</returns>
    public static (ulong Checksum, int Recommendations) Decide(CompiledRuleSet ruleSet, int count)
    {
        var hash = 14695981039346656037UL;
        var recommendations = 0;
        for (var m = 0; m < count; m++)
        {
            var id = "m-" + m.ToString(CultureInfo.InvariantCulture);
            var decision = ruleSet.Decide(DecisionSubject.Member(id, "g-01"), s_asOf, new Reader(m));
            foreach (var r in decision.Recommendations)
            {
                recommendations++;
                hash = Fold(hash, string.Join('|', r.Action.ToString(), r.Target, r.Priority.ToString(), string.Join(',', r.RuleIds), string.Join('/', r.Reasons)));
            }

            hash = Fold(hash, string.Create(CultureInfo.InvariantCulture, $"#{m}:{decision.Unknowns.Count}:{decision.Errors.Count}:{decision.NeedsReview}"));
        }

        return (hash, recommendations);
    }

    private static ulong Fold(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Deterministic facts for member <c>m</c>: each inside its fact's declared range, one in eleven missing.</summary>
    private sealed class Reader(int member) : IFactReader
    {
        public FactValue Read(in FactRequest request)
        {
            var definition = request.Definition;
            if (Stable(request.Key, member) % 11 == 0)
            {
                return FactValue.Missing;
            }

            var x = Stable(request.Key, member) / 11;
            return definition.Type switch
            {
                FactType.Boolean => FactValue.FromBoolean(x % 2 == 0),
                FactType.Text => FactValue.FromText(definition.AllowedValues[(int)(x % (uint)definition.AllowedValues.Count)]),
                _ => FactValue.FromNumber(Number(definition, x)),
            };
        }

        private static double Number(FactDefinition definition, uint x)
        {
            var min = definition.Minimum ?? 0;
            var max = definition.Maximum ?? min + 60;
            var span = Math.Max(0, (long)Math.Floor(max - min));
            return max - min < 1 ? min + ((x % 100) / 100.0 * (max - min)) : min + (x % (ulong)(span + 1));
        }

        // string.GetHashCode is randomised per process; this one is not, so every build sees the same facts.
        private static uint Stable(string key, int member)
        {
            var hash = 2166136261u ^ (uint)member;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash ^ (hash >> 15);
        }
    }
}
