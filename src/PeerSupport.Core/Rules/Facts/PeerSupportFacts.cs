using System.Collections.Frozen;
using System.Globalization;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// The fact catalogue of peer support data, shared by the default rule pack and the dataset fact readers: each fact is
/// declared once, with its type, range, unit, subjects, window behaviour and the function that reads it. Instrument facts are
/// generated from <see cref="InstrumentRegistry.BuiltIn"/>; enum facts and incident kinds take their values from the
/// domain's wire names. Hosts add their own facts with <see cref="FactSchema.WithFact"/> and <see cref="HostFacts"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public static class PeerSupportFacts
{
    /// <summary>Gets the known outcome targets (lower snake_case): the domain's well-known referral targets.</summary>
    public static IReadOnlyList<string> Targets { get; } =
    [
        ReferralTarget.LicensedClinician.Value, ReferralTarget.CrisisService.Value, ReferralTarget.PrimaryCare.Value,
        ReferralTarget.PeerOutreach.Value, ReferralTarget.Screening.Value, ReferralTarget.ClinicalCofacilitation.Value,
        ReferralTarget.FacilitationPolicy.Value, ReferralTarget.CrisisFollowup.Value, "clinical_lead",
    ];

    // The units of the catalogue, each spelled once. Boolean and text facts have none.
    private const string Points = "points";
    private const string Days = "days";
    private const string Sessions = "sessions";
    private const string Assessments = "assessments";
    private const string Incidents = "incidents";
    private const string Proportion = "proportion";

    // Declared after Targets: static initializers run in text order and the catalogue reads Targets.
    private static readonly Catalogue s_catalogue = Catalogue.Build();

    /// <summary>Gets the schema: every fact the dataset readers compute, the targets and the screening instruments.</summary>
    public static FactSchema Schema => s_catalogue.Schema;

    /// <summary>Gets the member fact functions by fact name.</summary>
    internal static FrozenDictionary<string, Func<MemberFactReader, FactRequest, FactValue>> MemberReaders => Readers.Member;

    /// <summary>Gets the group fact functions by fact name.</summary>
    internal static FrozenDictionary<string, Func<GroupFactReader, FactRequest, FactValue>> GroupReaders => Readers.Group;

    /// <summary>The rule-text form of a severity band label: lower case, spaces and hyphens as '_' (<c>moderately_severe</c>).</summary>
    internal static string BandValue(string label) => label.Replace(' ', '_').Replace('-', '_').ToLowerInvariant();

    // Loading and compiling rules needs only the schema; the readers' lookup tables are frozen on first use by a dataset reader.
    private static class Readers
    {
        public static readonly FrozenDictionary<string, Func<MemberFactReader, FactRequest, FactValue>> Member = s_catalogue.MemberReaders.ToFrozenDictionary(StringComparer.Ordinal);
        public static readonly FrozenDictionary<string, Func<GroupFactReader, FactRequest, FactValue>> Group = s_catalogue.GroupReaders.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed class Catalogue
    {
        private readonly List<FactDefinition> _facts = [];
        private readonly Dictionary<string, Func<MemberFactReader, FactRequest, FactValue>> _member = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Func<GroupFactReader, FactRequest, FactValue>> _group = new(StringComparer.Ordinal);

        public FactSchema Schema { get; private set; } = FactSchema.Empty;

        public Dictionary<string, Func<MemberFactReader, FactRequest, FactValue>> MemberReaders => _member;

        public Dictionary<string, Func<GroupFactReader, FactRequest, FactValue>> GroupReaders => _group;

        public static Catalogue Build()
        {
            var c = new Catalogue();
            var m = FactSubjects.Member;
            var g = FactSubjects.Group;
            foreach (var instrument in InstrumentRegistry.BuiltIn.Definitions)
            {
                var id = instrument.Id;
                var p = id.FactPrefix;
                int min = instrument.TotalMin, max = instrument.TotalMax;
                c.Add(FactDefinition.Number(p + ".total", m, $"Total of the latest {p} in the assessment window.", min, max, unit: Points), (r, _) => r.ReadInstrument(id, "total"));
                for (var i = 1; i <= instrument.ItemCount; i++)
                {
                    var item = string.Create(CultureInfo.InvariantCulture, $"item{i}");
                    c.Add(FactDefinition.Number(p + "." + item, m, $"Item {i} of the latest {p} in the assessment window.", instrument.ItemMin, instrument.ItemMax, unit: Points), (r, _) => r.ReadInstrument(id, item));
                }

                c.Add(FactDefinition.Number(p + ".lastTotal", m, $"Total of the most recent {p} dated on or before the decision date, however old (not windowed; its age is {p}.daysSince).", min, max, unit: Points), (r, _) => r.ReadInstrument(id, "lastTotal"));
                for (var i = 1; i <= instrument.ItemCount; i++)
                {
                    var item = string.Create(CultureInfo.InvariantCulture, $"lastItem{i}");
                    c.Add(FactDefinition.Number(p + "." + item, m, $"Item {i} of the most recent {p}, however old (not windowed; missing when blank or total-only).", instrument.ItemMin, instrument.ItemMax, unit: Points), (r, _) => r.ReadInstrument(id, item));
                }

                c.Add(FactDefinition.Number(p + ".baseline", m, $"Total of the member's earliest {p} (not windowed).", min, max, unit: Points), (r, _) => r.ReadInstrument(id, "baseline"));
                c.Add(FactDefinition.Number(p + ".previous", m, $"Total of the {p} before the latest (not windowed).", min, max, unit: Points), (r, _) => r.ReadInstrument(id, "previous"));
                c.Add(FactDefinition.Number(p + ".change", m, $"Latest {p} total minus baseline total.", min - max, max - min, unit: Points), (r, _) => r.ReadInstrument(id, "change"));
                if (instrument.Bands.Count > 0)
                {
                    c.Add(FactDefinition.Text(p + ".severity", m, $"Severity band of the latest {p} (band label in lower snake_case).", instrument.Bands.Select(b => BandValue(b.Label)).Distinct(StringComparer.Ordinal)), (r, _) => r.ReadInstrument(id, "severity"));
                }

                c.Add(FactDefinition.Number(p + ".daysSince", m, $"Time since the latest {p} dated on or before the decision date (not windowed).", 0, unit: Days), (r, _) => r.ReadInstrument(id, "daysSince"));
                c.Add(FactDefinition.Number(p + ".countInWindow", m, $"How many {p} are dated in the assessment window, scorable or not (0 when none).", 0, unit: Assessments), (r, _) => r.ReadInstrument(id, "countInWindow"));
                c.Add(FactDefinition.Number(p + ".count", m, $"How many {p} are dated on or before the decision date.", 0, unit: Assessments), (r, _) => r.ReadInstrument(id, "count"));
                c.Add(FactDefinition.Number(p + ".attendedSinceBaseline", m, $"Times attended (present or late) after the {p} baseline and on or before the decision date.", 0, unit: Sessions), (r, _) => r.ReadInstrument(id, "attendedSinceBaseline"));
            }

            c.Add(FactDefinition.Number("attendance.consecutiveAbsences", m, "Run of the group's most recent meetings the member missed (excused neither breaks nor extends a streak).", 0, unit: Sessions), (r, _) => FactValue.FromNumber(r.ConsecutiveAbsences()));
            c.Add(FactDefinition.Number("attendance.rate", FactSubjects.Both, "Attendance of the last 8 sessions: the member's (member) or the mean of the members' (group).", 0, 1, unit: Proportion), (r, _) => r.AttendanceRate(), (r, _) => r.AttendanceRate());
            c.Add(FactDefinition.Number("attendance.attended", m, "Times attended (present or late) during the membership.", 0, unit: Sessions), (r, _) => FactValue.FromNumber(r.Attended(DateOnly.MinValue)));
            c.Add(FactDefinition.Number("attendance.daysSinceLast", m, "Time since the member last attended.", 0, unit: Days), (r, _) => r.DaysSinceLastAttended());
            c.Add(FactDefinition.Number("membership.days", m, "Time since the member joined.", 0, unit: Days), (r, _) => r.MembershipDays());
            c.Add(FactDefinition.Text("group.acuity", FactSubjects.Both, "Acuity of the (member's) group.", WireNames.All<Acuity>()), (r, _) => FactValue.FromText(WireNames.Of(r.Group.Acuity)), (r, _) => FactValue.FromText(WireNames.Of(r.Group.Acuity)));
            c.Add(FactDefinition.Text("group.facilitationModel", FactSubjects.Both, "Facilitation model of the (member's) group.", WireNames.All<FacilitationModel>()), (r, _) => FactValue.FromText(WireNames.Of(r.Group.FacilitationModel)), (r, _) => FactValue.FromText(WireNames.Of(r.Group.FacilitationModel)));
            c.Add(FactDefinition.Number("program.progress", m, "Programme modules covered since the member joined, out of all of them.", 0, 1, unit: Proportion), (r, _) => r.ProgrammeProgress());
            c.Add(FactDefinition.Number("goals.tscore", m, "Goal Attainment Scaling T-score of the member's latest goal ratings (50 = goals met as expected).", 0, 100, unit: "T-score points"), (r, _) => r.GoalsTScore());
            c.Add(FactDefinition.Boolean("referral.open", m, "Whether an open referral (recommended, made, accepted) to the target exists.", FactParameter.Target, Targets), (r, request) => r.ReferralOpen(request.Argument));
            c.Add(FactDefinition.Number("referral.daysSinceLast", m, "Time since the most recent referral to the target.", 0, null, FactParameter.Target, Targets, Days), (r, request) => r.DaysSinceLastReferral(request.Argument));
            var kinds = WireNames.All<IncidentKind>();
            for (var k = 0; k < kinds.Count; k++)
            {
                var name = kinds[k];
                var kind = WireNames.Parse<IncidentKind>(name);
                c.Add(
                    FactDefinition.Counter("incidents." + name, FactSubjects.Both, $"{name} reports in the window, dated by their session (member: those naming the member).", Incidents),
                    (r, request) => FactValue.FromNumber(r.CountIncidents(kind, request.WindowDays ?? 0)),
                    (r, request) => FactValue.FromNumber(r.CountIncidents(kind, request.WindowDays ?? 0, unattributedOnly: false)));
            }

            c.Add(FactDefinition.Counter("incidents.crisis_disclosure_unattributed", g, "crisis_disclosure reports naming no member, in the window.", Incidents), group: (r, request) => FactValue.FromNumber(r.CountIncidents(IncidentKind.CrisisDisclosure, request.WindowDays ?? 0, unattributedOnly: true)));
            c.Add(FactDefinition.Number("sessions.withoutLicensedClinician", g, "Held by the group in the window without a licensed clinician holding a valid credential.", 0, null, FactParameter.Window, unit: Sessions), group: (r, request) => FactValue.FromNumber(r.SessionsWithoutLicensedClinician(request.WindowDays ?? 0)));
            c.Add(FactDefinition.Number("sessions.held", g, "Held by the group in the window.", 0, null, FactParameter.Window, unit: Sessions), group: (r, request) => FactValue.FromNumber(r.SessionsHeld(request.WindowDays ?? 0)));
            c.Add(FactDefinition.Number("facilitators.expiredCredentials", g, "Who facilitated a session in the window with a credential that had expired before that session's date.", 0, null, FactParameter.Window, unit: "facilitators"), group: (r, request) => FactValue.FromNumber(r.ExpiredCredentials(request.WindowDays ?? 0)));
            c.Add(FactDefinition.Number("members.active", g, "Active on the decision date.", 0, unit: "members"), group: (r, _) => FactValue.FromNumber(r.ActiveMembers()));

            c.Schema = FactSchema.Create(c._facts, Targets, InstrumentRegistry.BuiltIn.Definitions.Select(d => d.Id.FactPrefix));
            return c;
        }

        /// <summary>Declares a fact with its reader for each subject it exists for (a missing reader is a build defect).</summary>
        private void Add(FactDefinition definition, Func<MemberFactReader, FactRequest, FactValue>? member = null, Func<GroupFactReader, FactRequest, FactValue>? group = null)
        {
            if (((definition.Subjects & FactSubjects.Member) != 0) != (member is not null) || ((definition.Subjects & FactSubjects.Group) != 0) != (group is not null))
            {
                throw new InvalidOperationException($"Fact '{definition.Name}' must have exactly one reader per subject it is declared for.");
            }

            _facts.Add(definition);
            if (member is not null)
            {
                _member.Add(definition.Name, member);
            }

            if (group is not null)
            {
                _group.Add(definition.Name, group);
            }
        }
    }
}
