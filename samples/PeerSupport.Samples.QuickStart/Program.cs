// Quick start: build a small co-facilitated group in memory, score assessments with the built-in
// instruments, and list every facilitation-policy gap. All data here are synthetic.
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;

var start = new DateOnly(2026, 1, 8);
var group = GroupId.Create("G-HARBOR");
var builder = new DatasetBuilder();

builder.AddGroup(new PeerGroup(group, "Thursday recovery group", FacilitationModel.CoFacilitated, Acuity.Elevated, Modality.Hybrid, capacity: 3));
builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-PEER"), FacilitatorRole.CertifiedPeerSpecialist, new Credential("State CPS", FacilitatorRole.CertifiedPeerSpecialist, new DateOnly(2027, 3, 31))));
builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-LCSW"), FacilitatorRole.LicensedClinician, new Credential("LCSW", FacilitatorRole.LicensedClinician, new DateOnly(2026, 1, 20))));

string[] members = ["H01", "H02", "H03", "H04"];
foreach (var (id, week) in members.Select((id, i) => (id, i)))
{
    builder.AddMember(new Member(MemberId.Create(id), group, start.AddDays(7 * (week / 2))));
}

for (var week = 0; week < 4; week++)
{
    var session = SessionId.Create($"H-S{week + 1}");
    // The clinician's licence expires on 2026-01-20: sessions after that lack a licensed clinician.
    builder.AddSession(new GroupSession(session, group, start.AddDays(7 * week), [FacilitatorId.Create("F-PEER"), FacilitatorId.Create("F-LCSW")]));
    foreach (var id in members.Take(week < 2 ? 2 + (2 * week) : 4))
    {
        builder.AddAttendance(new AttendanceRecord(session, MemberId.Create(id), week == 2 && id == "H02" ? AttendanceStatus.Absent : AttendanceStatus.Present));
    }
}

// A PHQ-9 with item 9 unanswered, a prorated GAD-7, and a positive PHQ-9 item 9.
builder.AddAssessment(new Assessment(MemberId.Create("H01"), InstrumentId.Phq9, start, [2, 2, 1, 2, 1, 1, 2, 1, null]));
builder.AddAssessment(new Assessment(MemberId.Create("H01"), InstrumentId.Gad7, start, [2, 2, null, 1, 2, 1, 1]));
builder.AddAssessment(new Assessment(MemberId.Create("H02"), InstrumentId.Phq9, start, [3, 2, 2, 3, 2, 2, 2, 2, 1]));

var result = builder.Build();
foreach (var warning in result.Warnings)
{
    Console.WriteLine(warning);
}

var dataset = result.GetValueOrThrow();
var asOf = dataset.LastSessionDate!.Value;
Console.WriteLine($"Group {group}: {dataset.Members.Length} members, {dataset.Sessions.Length} sessions, as of {asOf:yyyy-MM-dd}");
Console.WriteLine();
Console.WriteLine("Assessments");
foreach (var scored in dataset.Assessments)
{
    var score = scored.Score;
    var total = score.Total is { } t ? $"{t}{(score.IsProrated ? " (prorated)" : string.Empty)} {score.Band?.Label}" : $"unknown: {score.UnknownReason}";
    var flags = score.Flags.Count == 0 ? string.Empty : "  flags: " + string.Join(", ", score.Flags);
    Console.WriteLine($"  {scored.Assessment.MemberId} {scored.Instrument,-6} {total}{flags}");
}

Console.WriteLine();
Console.WriteLine("Facilitation-policy gaps");
var gaps = FacilitationPolicy.Default.CheckDataset(dataset, asOf);
foreach (var gap in gaps)
{
    Console.WriteLine($"  {gap.Kind,-40} {gap}");
}

Console.WriteLine(gaps.Count == 0 ? "  none" : $"  {gaps.Count} gap(s)");
