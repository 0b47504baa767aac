using System.Globalization;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// The fact vocabulary of peer support data that the default rule pack and the dataset fact readers share: instrument
/// facts, attendance, membership, referrals, incidents and facilitation. Hosts add their own facts with
/// <see cref="FactSchema.WithFact"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class PeerSupportFacts
{
    /// <summary>Gets the known outcome targets of the peer support vocabulary (lower snake_case).</summary>
    public static IReadOnlyList<string> Targets { get; } =
    [
        "licensed_clinician", "crisis_service", "primary_care", "peer_outreach", "screening",
        "clinical_cofacilitation", "facilitation_policy", "crisis_followup",
    ];

    /// <summary>Gets the schema: every fact the dataset readers compute, the targets and the screening instruments.</summary>
    public static FactSchema Schema { get; } = Create();

    private static FactSchema Create()
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
        facts.Add(FactDefinition.Boolean("referral.open", m, "Whether an open referral (recommended, made, accepted) to the target exists.", FactParameter.Target, Targets));
        facts.Add(FactDefinition.Number("referral.daysSinceLast", m, "Days since the most recent referral to the target.", 0, null, FactParameter.Target, Targets));
        foreach (var kind in new[] { "harmful_advice", "conflict", "boundary_violation", "crisis_disclosure", "other" })
        {
            facts.Add(FactDefinition.Counter("incidents." + kind, FactSubjects.Both, $"{kind} incidents in the window, dated by their session (member: incidents naming the member)."));
        }

        facts.Add(FactDefinition.Counter("incidents.crisis_disclosure_unattributed", g, "crisis_disclosure incidents naming no member, in the window."));
        facts.Add(FactDefinition.Number("sessions.withoutLicensedClinician", g, "Sessions in the window without a licensed clinician holding a valid credential.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("sessions.held", g, "Sessions held in the window.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("facilitators.expiredCredentials", g, "Facilitators of sessions in the window whose credential had expired before that session's date.", 0, null, FactParameter.Window));
        facts.Add(FactDefinition.Number("members.active", g, "Members active on the decision date.", 0));
        return FactSchema.Create(facts, Targets, [.. instruments.Select(i => i.Id)]);
    }
}
