using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Analytics.Tests.GroupHealth;

/// <summary>
/// A small hand-computable synthetic group (docs of the expected values are in the tests): peer-led group G-ONE with six
/// weekly Monday sessions from 2026-01-05 to 2026-02-09, members MEM-ALPHA, MEM-BRAVO, MEM-CHARLIE (dropped out on
/// 2026-02-03) and MEM-ECHO (joined on the last session day), and MEM-DELTA who joins after the as-of date.
/// </summary>
internal static class HealthTestData
{
    public static readonly DateOnly Start = new(2026, 1, 5);

    public static readonly DateOnly AsOf = new(2026, 2, 9);

    public static GroupId One => GroupId.Create("G-ONE");

    public static MemberId Alpha => MemberId.Create("MEM-ALPHA");

    public static MemberId Bravo => MemberId.Create("MEM-BRAVO");

    public static MemberId Charlie => MemberId.Create("MEM-CHARLIE");

    public static MemberId Delta => MemberId.Create("MEM-DELTA");

    public static MemberId Echo => MemberId.Create("MEM-ECHO");

    public static IReadOnlyList<MemberId> AllMembers => [Alpha, Bravo, Charlie, Delta, Echo];

    public static DateOnly Week(int index) => Start.AddDays(7 * index);

    public static SessionId S(int number) => SessionId.Create($"SES-{number}");

    public static PeerSupportDataset Dataset() => Builder().Build().GetValueOrThrow();

    public static DatasetBuilder Builder()
    {
        var builder = new DatasetBuilder();
        var peer = FacilitatorId.Create("FAC-PEER");
        builder.AddGroup(new PeerGroup(One, "Monday circle", FacilitationModel.PeerLed, Acuity.Standard, Modality.InPerson));
        builder.AddFacilitator(new Facilitator(peer, FacilitatorRole.PeerFacilitator, new Credential("Peer facilitator training", FacilitatorRole.PeerFacilitator)));
        for (var i = 1; i <= 6; i++)
        {
            // Session 4 has no facilitator: one facilitation gap.
            builder.AddSession(new GroupSession(S(i), One, Week(i - 1), i == 4 ? [] : [peer]));
        }

        builder.AddMember(new Member(Alpha, One, Start));
        builder.AddMember(new Member(Bravo, One, Start));
        builder.AddMember(new Member(Charlie, One, Week(2), new DateOnly(2026, 2, 3), LeavingReason.DroppedOut));
        builder.AddMember(new Member(Echo, One, Week(5)));
        builder.AddMember(new Member(Delta, One, new DateOnly(2026, 3, 1)));

        void Attend(int session, MemberId member, AttendanceStatus status, double? minutes = null)
            => builder.AddAttendance(new AttendanceRecord(S(session), member, status, minutes));

        Attend(1, Alpha, AttendanceStatus.Present, 10);
        Attend(2, Alpha, AttendanceStatus.Present, 5);
        Attend(3, Alpha, AttendanceStatus.Absent);
        Attend(4, Alpha, AttendanceStatus.Excused);
        Attend(5, Alpha, AttendanceStatus.Present, 15);
        Attend(6, Alpha, AttendanceStatus.Late, 6);
        Attend(1, Bravo, AttendanceStatus.Present, 10);
        Attend(2, Bravo, AttendanceStatus.Present, 15);
        Attend(3, Bravo, AttendanceStatus.Present, 10);
        Attend(4, Bravo, AttendanceStatus.Present, 10);
        Attend(5, Bravo, AttendanceStatus.Present, 5);
        Attend(6, Bravo, AttendanceStatus.Absent);
        Attend(3, Charlie, AttendanceStatus.Present);

        // Charlie has no row for session 4 (an implicit absence).
        Attend(5, Charlie, AttendanceStatus.Absent);
        Attend(6, Echo, AttendanceStatus.Absent);

        builder.AddIncident(new Incident(IncidentId.Create("INC-1"), S(2), IncidentKind.HarmfulAdvice, Bravo, IncidentSeverity.Medium));
        builder.AddIncident(new Incident(IncidentId.Create("INC-2"), S(5), IncidentKind.Conflict, severity: IncidentSeverity.High));

        builder.AddAssessment(new Assessment(Alpha, InstrumentId.Phq9, Start, total: 15));
        builder.AddAssessment(new Assessment(Alpha, InstrumentId.Phq9, Week(5), total: 6));
        builder.AddAssessment(new Assessment(Alpha, InstrumentId.Gad7, Start, total: 12));
        builder.AddAssessment(new Assessment(Alpha, InstrumentId.Gad7, Week(5), total: 5));
        builder.AddAssessment(new Assessment(Bravo, InstrumentId.Phq9, Start, total: 12));
        builder.AddAssessment(new Assessment(Bravo, InstrumentId.Phq9, Week(4), total: 11));

        // Charlie attended only one session, so Charlie's change is not counted.
        builder.AddAssessment(new Assessment(Charlie, InstrumentId.Phq9, Week(2), total: 14));
        builder.AddAssessment(new Assessment(Charlie, InstrumentId.Phq9, Week(4), total: 20));

        builder.AddReferral(new Referral(ReferralId.Create("REF-1"), Alpha, new DateOnly(2026, 1, 10), ReferralTarget.LicensedClinician, RulePriority.Routine, ReferralStatus.Completed));
        builder.AddReferral(new Referral(ReferralId.Create("REF-2"), Bravo, new DateOnly(2026, 1, 20), ReferralTarget.PrimaryCare, RulePriority.Routine, ReferralStatus.Declined));
        builder.AddReferral(new Referral(ReferralId.Create("REF-3"), Charlie, new DateOnly(2026, 1, 25), ReferralTarget.Screening, RulePriority.Routine, ReferralStatus.Recommended));
        builder.AddReferral(new Referral(ReferralId.Create("REF-4"), Echo, new DateOnly(2026, 3, 1), ReferralTarget.PeerOutreach, RulePriority.Routine, ReferralStatus.Made));
        return builder;
    }
}
