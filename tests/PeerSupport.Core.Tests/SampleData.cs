using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Core.Tests;

/// <summary>Small synthetic datasets built in memory for tests.</summary>
internal static class SampleData
{
    public static readonly DateOnly Start = new(2026, 1, 6);

    public static GroupId North => GroupId.Create("G-NORTH");

    public static GroupId Harbor => GroupId.Create("G-HARBOR");

    public static MemberId M(string id) => MemberId.Create(id);

    public static SessionId S(string id) => SessionId.Create(id);

    /// <summary>
    /// Two groups, weekly sessions: G-NORTH (peer-led, standard, 4 sessions) and G-HARBOR (co-facilitated,
    /// elevated, capacity 2, 3 sessions, programme P-WRAP with 4 modules).
    /// </summary>
    public static DatasetBuilder Builder()
    {
        var builder = new DatasetBuilder();
        builder.AddProgramme(Programme.WithModuleCount(ProgrammeId.Create("P-WRAP"), "WRAP", 4));
        builder.AddGroup(new PeerGroup(North, "Tuesday circle", FacilitationModel.PeerLed, Acuity.Standard, Modality.InPerson, 12));
        builder.AddGroup(new PeerGroup(Harbor, "Thursday recovery", FacilitationModel.CoFacilitated, Acuity.Elevated, Modality.Hybrid, 2, ProgrammeId.Create("P-WRAP")));
        builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-PEER"), FacilitatorRole.PeerFacilitator, new Credential("DBSA facilitator training", FacilitatorRole.PeerFacilitator)));
        builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-CPS"), FacilitatorRole.CertifiedPeerSpecialist, new Credential("State CPS", FacilitatorRole.CertifiedPeerSpecialist, new DateOnly(2027, 3, 31))));
        builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-LCSW"), FacilitatorRole.LicensedClinician, new Credential("LCSW", FacilitatorRole.LicensedClinician, new DateOnly(2026, 1, 20))));

        builder.AddMember(new Member(M("N01"), North, Start));
        builder.AddMember(new Member(M("N02"), North, Start.AddDays(7), consent: new Consent(true, true)));
        builder.AddMember(new Member(M("N03"), North, Start, Start.AddDays(14), LeavingReason.DroppedOut));
        builder.AddMember(new Member(M("H01"), Harbor, Start.AddDays(2)));
        builder.AddMember(new Member(M("H02"), Harbor, Start.AddDays(2)));

        // Added out of date order on purpose: the index must sort them.
        for (var week = 3; week >= 0; week--)
        {
            builder.AddSession(new GroupSession(S($"N-S{week + 1}"), North, Start.AddDays(7 * week), [FacilitatorId.Create("F-PEER")]));
        }

        for (var week = 0; week < 3; week++)
        {
            builder.AddSession(new GroupSession(S($"H-S{week + 1}"), Harbor, Start.AddDays(2 + (7 * week)), [FacilitatorId.Create("F-CPS"), FacilitatorId.Create("F-LCSW")], week + 1));
        }

        void Attend(string session, string member, AttendanceStatus status) => builder.AddAttendance(new AttendanceRecord(S(session), M(member), status));
        Attend("N-S1", "N01", AttendanceStatus.Present);
        Attend("N-S2", "N01", AttendanceStatus.Absent);
        Attend("N-S3", "N01", AttendanceStatus.Excused);
        Attend("N-S4", "N01", AttendanceStatus.Late);
        Attend("N-S2", "N02", AttendanceStatus.Present);
        Attend("N-S3", "N02", AttendanceStatus.Present);
        // N02 has no row for N-S4: an implicit absence.
        Attend("N-S1", "N03", AttendanceStatus.Present);
        Attend("N-S2", "N03", AttendanceStatus.Absent);
        Attend("N-S3", "N03", AttendanceStatus.Absent);
        foreach (var session in new[] { "H-S1", "H-S2", "H-S3" })
        {
            Attend(session, "H01", AttendanceStatus.Present);
            Attend(session, "H02", session == "H-S2" ? AttendanceStatus.Absent : AttendanceStatus.Present);
        }

        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Phq9, Start.AddDays(21), [1, 1, 1, 1, 1, 1, 1, 1, 0]));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Phq9, Start, [2, 2, 2, 2, 2, 2, 2, 2, 1]));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Gad7, Start, [1, 1, 1, 1, 1, 1, null]));
        builder.AddAssessment(new Assessment(M("H01"), InstrumentId.K10, Start.AddDays(2), total: 31));
        builder.AddIncident(new Incident(IncidentId.Create("I-1"), S("N-S2"), IncidentKind.HarmfulAdvice, M("N02"), IncidentSeverity.Medium));
        builder.AddIncident(new Incident(IncidentId.Create("I-2"), S("H-S1"), IncidentKind.CrisisDisclosure));
        builder.AddReferral(new Referral(ReferralId.Create("R-1"), M("N01"), Start.AddDays(1), ReferralTarget.LicensedClinician, RulePriority.Stat, ReferralStatus.Made, "phq9-item9"));
        builder.AddGoalRating(new GoalRating(M("H01"), GoalId.Create("GL-1"), -1, Start.AddDays(2), 2));
        builder.AddGoalRating(new GoalRating(M("H01"), GoalId.Create("GL-1"), 1, Start.AddDays(16), 2));
        builder.AddGoalRating(new GoalRating(M("H01"), GoalId.Create("GL-2"), 0, Start.AddDays(16)));
        return builder;
    }

    public static PeerSupportDataset Dataset() => Builder().Build().GetValueOrThrow();
}
