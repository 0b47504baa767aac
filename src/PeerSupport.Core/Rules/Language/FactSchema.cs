using System.Collections.Frozen;
using System.Globalization;

namespace PeerSupport.Rules.Language;

/// <summary>
/// The declared fact vocabulary that rule conditions are checked against at load time, plus the known outcome targets
/// and screening instruments. <see cref="Default"/> holds the vocabulary of docs/rules.md; hosts add typed facts with
/// <see cref="WithFact"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; <c>With*</c> methods return new schemas.</remarks>
public sealed class FactSchema
{
    private static readonly string[] s_defaultTargets =
    [
        "licensed_clinician", "crisis_service", "primary_care", "peer_outreach", "screening",
        "clinical_cofacilitation", "facilitation_policy", "crisis_followup", "clinical_lead",
    ];

    private readonly FrozenDictionary<string, FactDefinition> _facts;

    private FactSchema(IReadOnlyList<FactDefinition> facts, IReadOnlyList<string> targets, IReadOnlyList<string> instruments)
    {
        Facts = facts;
        Targets = targets;
        Instruments = instruments;
        _facts = facts.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>Gets the default vocabulary (docs/rules.md, "Facts").</summary>
    public static FactSchema Default { get; } = CreateDefault();

    /// <summary>Gets every declared fact in declaration order.</summary>
    public IReadOnlyList<FactDefinition> Facts { get; }

    /// <summary>Gets the known targets of refer, outreach and review outcomes (lower snake_case).</summary>
    public IReadOnlyList<string> Targets { get; }

    /// <summary>Gets the instrument ids a screen outcome may target (e.g. <c>phq9</c>).</summary>
    public IReadOnlyList<string> Instruments { get; }

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

    private static FactSchema CreateDefault()
    {
        var facts = new List<FactDefinition>();
        var m = FactSubjects.Member;
        var g = FactSubjects.Group;
        (string Id, int Items, int ItemMin, int ItemMax, string[] Bands)[] instruments =
        [
            ("phq9", 9, 0, 3, ["minimal", "mild", "moderate", "moderately_severe", "severe"]),
            ("phq2", 2, 0, 3, []),
            ("gad7", 7, 0, 3, ["minimal", "mild", "moderate", "severe"]),
            ("who5", 5, 0, 5, []),
            ("k10", 10, 1, 5, ["low", "moderate", "high", "very_high"]),
            ("k6", 6, 0, 4, ["low", "moderate", "serious"]),
            ("barc10", 10, 1, 6, []),
        ];
        foreach (var (id, items, itemMin, itemMax, bands) in instruments)
        {
            var min = items * itemMin;
            var max = items * itemMax;
            facts.Add(FactDefinition.Number(id + ".total", m, $"Total of the latest {id} in the assessment window.", min, max));
            for (var i = 1; i <= items; i++)
            {
                facts.Add(FactDefinition.Number(string.Create(CultureInfo.InvariantCulture, $"{id}.item{i}"), m, $"Item {i} of the latest {id} in the assessment window.", itemMin, itemMax));
            }

            facts.Add(FactDefinition.Number(id + ".lastTotal", m, $"Total of the most recent {id} dated on or before the decision date, however old (not windowed; its age is {id}.daysSince).", min, max));
            for (var i = 1; i <= items; i++)
            {
                facts.Add(FactDefinition.Number(string.Create(CultureInfo.InvariantCulture, $"{id}.lastItem{i}"), m, $"Item {i} of the most recent {id}, however old (not windowed; missing when blank or total-only).", itemMin, itemMax));
            }

            facts.Add(FactDefinition.Number(id + ".baseline", m, $"Total of the member's earliest {id} (not windowed).", min, max));
            facts.Add(FactDefinition.Number(id + ".previous", m, $"Total of the {id} before the latest (not windowed).", min, max));
            facts.Add(FactDefinition.Number(id + ".change", m, $"Latest {id} total minus baseline total.", min - max, max - min));
            if (bands.Length > 0)
            {
                facts.Add(FactDefinition.Text(id + ".severity", m, $"Severity band of the latest {id} (band label in lower snake_case).", bands));
            }
            facts.Add(FactDefinition.Number(id + ".daysSince", m, $"Days since the latest {id} dated on or before the decision date (not windowed).", 0));
            facts.Add(FactDefinition.Number(id + ".countInWindow", m, $"Number of {id} assessments dated in the assessment window, scorable or not (0 when none).", 0));
            facts.Add(FactDefinition.Number(id + ".count", m, $"Number of {id} assessments dated on or before the decision date.", 0));
            facts.Add(FactDefinition.Number(id + ".attendedSinceBaseline", m, $"Sessions attended (present or late) dated after the {id} baseline and on or before the decision date.", 0));
        }

        facts.Add(FactDefinition.Number("attendance.consecutiveAbsences", m, "Most recent sessions of the member's group missed in a row (excused neither breaks nor extends a streak).", 0));
        facts.Add(FactDefinition.Number("attendance.rate", FactSubjects.Both, "Share of the last 8 sessions attended (member) or mean attendance of the last 8 sessions (group).", 0, 1));
        facts.Add(FactDefinition.Number("attendance.attended", m, "Sessions attended (present or late) during the membership.", 0));
        facts.Add(FactDefinition.Number("attendance.daysSinceLast", m, "Days since the member last attended.", 0));
        facts.Add(FactDefinition.Number("membership.days", m, "Days since the member joined.", 0));
        facts.Add(FactDefinition.Text("group.acuity", FactSubjects.Both, "Acuity of the (member's) group.", ["standard", "elevated"]));
        facts.Add(FactDefinition.Text("group.facilitationModel", FactSubjects.Both, "Facilitation model of the (member's) group.", ["peer_led", "co_facilitated", "professional_led"]));
        facts.Add(FactDefinition.Number("program.progress", m, "Share of the programme's modules covered since the member joined.", 0, 1));
        facts.Add(FactDefinition.Number("goals.tscore", m, "Goal Attainment Scaling T-score of the member's latest goal ratings.", 0, 100));
        facts.Add(FactDefinition.Boolean("referral.open", m, "Whether an open referral (recommended, made, accepted) to the target exists.", FactParameter.Target, s_defaultTargets));
        facts.Add(FactDefinition.Number("referral.daysSinceLast", m, "Days since the most recent referral to the target.", 0, null, FactParameter.Target, s_defaultTargets));
        foreach (var kind in new[] { "harmful_advice", "conflict", "boundary_violation", "crisis_disclosure", "other" })
        {
            facts.Add(FactDefinition.Counter("incidents." + kind, FactSubjects.Both, $"{kind} incidents in the window, dated by their session (member: incidents naming the member)."));
        }

        facts.Add(FactDefinition.Counter("incidents.crisis_disclosure_unattributed", g, "crisis_disclosure incidents naming no member, in the window."));
        facts.Add(FactDefinition.Number("sessions.withoutLicensedClinician", g, "Sessions in the window without a licensed clinician holding a valid credential.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("sessions.held", g, "Sessions held in the window.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("facilitators.expiredCredentials", g, "Facilitators of sessions in the window whose credential had expired before that session's date.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("members.active", g, "Members active on the decision date.", 0));
        return new FactSchema(facts, s_defaultTargets, [.. instruments.Select(i => i.Id)]);
    }
}
