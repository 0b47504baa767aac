using PeerSupport.Analytics.Simulation;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Facts;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>Member facts to run the engines on: read from a simulated cohort, or generated around every rule's thresholds.</summary>
public static class MemberFactsGenerator
{
    // Values on both sides of each threshold of the default pack's member rules, in MemberFacts.Keys order.
    private static readonly double[][] s_boundaries =
    [
        [0, 1, 2, 3],
        [0, 1, 2],
        [0, 9, 10, 19, 20, 27],
        [0, 14, 15, 21],
        [10, 29, 30, 50],
        [-7, -6, -5, 0, 5, 6, 7],
        [-4, 0, 3, 4, 5],
        [0, 5, 6, 7],
        [0, 2, 3, 4],
        [0, 12, 13, 25],
        [0, 1, 2],
        [0, 1, 2],
        [0, 19, 20, 27],
        [0, 14, 15, 30],
        [0, 1, 2, 3],
        [0, 9, 20],
    ];

    // Values on the quiet side of every rule (no rule fires on these alone).
    private static readonly double[][] s_quiet =
    [
        [0],
        [0],
        [0, 4, 9, 12, 19],
        [0, 5, 14],
        [10, 18, 29],
        [-12, -6, -2, 0, 5],
        [-5, 0, 3],
        [0, 3, 5, 8],
        [0, 1, 2],
        [13, 15, 25],
        [1, 2],
        [0],
        [0, 10, 19],
        [0, 7, 14, 30],
        [0, 1, 2, 6],
        [4, 12],
    ];

    /// <summary>
    /// Generates members: half start quiet (every fact on the quiet side) and get one fact moved to a boundary value,
    /// half take every fact from the boundary values; about 8 % of facts have no value (half of them missing, half absent).
    /// </summary>
    /// <param name="count">How many members.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The members' facts.</returns>
    public static IReadOnlyList<MemberFacts> Boundaries(int count, int seed = 12)
    {
        var random = new Random(seed);
        var result = new MemberFacts[count];
        var values = new double?[MemberFacts.Keys.Length];
        for (var n = 0; n < count; n++)
        {
            var quiet = random.Next(2) == 0;
            var missingMask = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var pool = quiet ? s_quiet[i] : s_boundaries[i];
                values[i] = pool[random.Next(pool.Length)];
                if (!quiet && random.Next(100) < 8)
                {
                    values[i] = null;
                    missingMask |= random.Next(2) == 0 ? 1 << i : 0;
                }
            }

            if (quiet && random.Next(4) > 0)
            {
                var i = random.Next(values.Length);
                var pool = s_boundaries[i];
                values[i] = pool[random.Next(pool.Length)];
            }

            result[n] = MemberFacts.From(values, missingMask);
        }

        return result;
    }

    /// <summary>
    /// Simulates a cohort and reads every member's facts through the dataset fact reader the CLI uses, as of one week
    /// before the simulation ends.
    /// </summary>
    /// <param name="groups">Groups to simulate (about 21 members each with the default options).</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The members' facts, in dataset order.</returns>
    public static IReadOnlyList<MemberFacts> Simulated(int groups, long seed = 7)
    {
        var simulator = new CohortSimulator(new SimulationOptions { Seed = seed, GroupCount = groups });
        var dataset = simulator.Simulate();
        var asOf = simulator.EndDate.AddDays(-7);
        var pack = DefaultRulePack.RuleSet;
        var slots = pack.CreateSlots();
        var slotOf = MemberFacts.Keys.Select(k => pack.Facts.First(f => string.Equals(f.Key, k, StringComparison.Ordinal)).Slot).ToArray();
        var window = pack.Settings.AssessmentWindowDays;
        var result = new List<MemberFacts>(dataset.MemberHistories.Length);
        var values = new double?[MemberFacts.Keys.Length];
        foreach (var history in dataset.MemberHistories)
        {
            slots.Fill(new MemberFactReader(history, asOf, window), RuleSubject.Member);
            if (slots.ErrorCount > 0)
            {
                throw new InvalidOperationException($"Reading the facts of simulated member {history.Member.Id.Value} failed.");
            }

            var missingMask = 0;
            for (var i = 0; i < values.Length; i++)
            {
                var value = slots[slotOf[i]];
                values[i] = value.Kind == FactValueKind.Number ? value.Number : null;
                missingMask |= value.Kind == FactValueKind.Missing ? 1 << i : 0;
                if (value.Kind is FactValueKind.Boolean or FactValueKind.Text)
                {
                    throw new InvalidOperationException($"Fact {MemberFacts.Keys[i]} is not a number.");
                }
            }

            result.Add(MemberFacts.From(values, missingMask));
        }

        return result;
    }
}
