using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Serialization;

/// <summary>Every public domain type survives a JSON round trip through the source-generated context.</summary>
public sealed class DomainJsonRoundTripTests
{
    private static readonly PeerSupportJsonContext s_context = PeerSupportJsonContext.Default;

    private static bool RoundTrips<T>(T value, JsonTypeInfo<T> info)
        where T : class
    {
        var json = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(json, info);
        return back is not null && JsonSerializer.Serialize(back, info) == json && Equals(back, value);
    }

    private static DateOnly Day(Random r) => new DateOnly(2025, 1, 1).AddDays(r.Next(0, 800));

    private static T Pick<T>(Random r)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[r.Next(values.Length)];
    }

    private static string Id(Random r, string prefix) => $"{prefix}-{r.Next(1, 100000)}";

    [Property]
    public Property PeerGroup_RoundTrips(int seed)
    {
        var r = new Random(seed);
        var group = new PeerGroup(GroupId.Create(Id(r, "G")), "Group " + r.Next(), Pick<FacilitationModel>(r), Pick<Acuity>(r), r.Next(2) == 0 ? null : Pick<Modality>(r), r.Next(2) == 0 ? null : r.Next(1, 40), r.Next(2) == 0 ? null : ProgrammeId.Create(Id(r, "P")), r.Next(2) == 0 ? null : Day(r), r.Next(2) == 0 ? null : "focus");
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(group, s_context.PeerGroup), s_context.PeerGroup)!;
        return (back.Id == group.Id && back.Name == group.Name && back.FacilitationModel == group.FacilitationModel && back.Acuity == group.Acuity
            && back.Modality == group.Modality && back.Capacity == group.Capacity && back.ProgrammeId == group.ProgrammeId && back.StartedOn == group.StartedOn && back.Focus == group.Focus).ToProperty();
    }

    [Property]
    public Property Member_RoundTrips(int seed)
    {
        var r = new Random(seed);
        var joined = Day(r);
        var left = r.Next(2) == 0 ? (DateOnly?)null : joined.AddDays(r.Next(0, 200));
        var member = new Member(MemberId.Create(Id(r, "M")), GroupId.Create(Id(r, "G")), joined, left, left is null ? null : Pick<LeavingReason>(r), new Consent(r.Next(3) switch { 0 => null, 1 => true, _ => false }, r.Next(2) == 0));
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(member, s_context.Member), s_context.Member)!;
        return (back.Id == member.Id && back.GroupId == member.GroupId && back.JoinedOn == member.JoinedOn && back.LeftOn == member.LeftOn && back.LeavingReason == member.LeavingReason && back.Consent == member.Consent).ToProperty();
    }

    [Property]
    public Property Facilitator_RoundTrips(int seed)
    {
        var r = new Random(seed);
        var role = Pick<FacilitatorRole>(r);
        var facilitator = new Facilitator(FacilitatorId.Create(Id(r, "F")), role, r.Next(2) == 0 ? null : new Credential("Cred " + r.Next(), role, r.Next(2) == 0 ? null : Day(r)));
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(facilitator, s_context.Facilitator), s_context.Facilitator)!;
        return (back.Id == facilitator.Id && back.Role == facilitator.Role && Equals(back.Credential, facilitator.Credential)).ToProperty();
    }

    [Property]
    public Property SessionAndAttendance_RoundTrip(int seed)
    {
        var r = new Random(seed);
        var session = new GroupSession(SessionId.Create(Id(r, "S")), GroupId.Create(Id(r, "G")), Day(r), [.. Enumerable.Range(0, r.Next(0, 3)).Select(i => FacilitatorId.Create($"F-{i}"))], r.Next(2) == 0 ? null : r.Next(1, 9));
        var backSession = JsonSerializer.Deserialize(JsonSerializer.Serialize(session, s_context.GroupSession), s_context.GroupSession)!;
        var status = Pick<AttendanceStatus>(r);
        var attended = status is AttendanceStatus.Present or AttendanceStatus.Late;
        var record = new AttendanceRecord(session.Id, MemberId.Create(Id(r, "M")), status, attended && r.Next(2) == 0 ? Math.Round(r.NextDouble() * 30, 1) : null, attended && r.Next(2) == 0 ? r.Next(0, 9) : null);
        var backRecord = JsonSerializer.Deserialize(JsonSerializer.Serialize(record, s_context.AttendanceRecord), s_context.AttendanceRecord)!;
        return (backSession.Id == session.Id && backSession.Date == session.Date && backSession.FacilitatorIds.SequenceEqual(session.FacilitatorIds) && backSession.ProgrammeModule == session.ProgrammeModule
            && backRecord.Equals(record) && backRecord.Status == record.Status && backRecord.SpeakingMinutes == record.SpeakingMinutes && backRecord.Turns == record.Turns).ToProperty();
    }

    [Property]
    public Property IncidentReferralGoalAssessment_RoundTrip(int seed)
    {
        var r = new Random(seed);
        var incident = new Incident(IncidentId.Create(Id(r, "I")), SessionId.Create(Id(r, "S")), Pick<IncidentKind>(r), r.Next(2) == 0 ? null : MemberId.Create(Id(r, "M")), r.Next(2) == 0 ? null : Pick<IncidentSeverity>(r));
        var backIncident = JsonSerializer.Deserialize(JsonSerializer.Serialize(incident, s_context.Incident), s_context.Incident)!;
        var referral = new Referral(ReferralId.Create(Id(r, "R")), MemberId.Create(Id(r, "M")), Day(r), ReferralTarget.Create("target_" + r.Next(9)), Pick<RulePriority>(r), Pick<ReferralStatus>(r), r.Next(2) == 0 ? null : "rule-" + r.Next(9));
        var backReferral = JsonSerializer.Deserialize(JsonSerializer.Serialize(referral, s_context.Referral), s_context.Referral)!;
        var goal = new GoalRating(MemberId.Create(Id(r, "M")), GoalId.Create(Id(r, "GL")), r.Next(-2, 3), Day(r), r.Next(1, 4));
        var backGoal = JsonSerializer.Deserialize(JsonSerializer.Serialize(goal, s_context.GoalRating), s_context.GoalRating)!;
        var assessment = new Assessment(MemberId.Create(Id(r, "M")), InstrumentId.Phq9, Day(r), [.. Enumerable.Range(0, 9).Select(_ => r.Next(5) == 0 ? (int?)null : r.Next(0, 4))], r.Next(2) == 0 ? null : r.Next(0, 28));
        var assessmentOk = assessment.HasItems || assessment.Total is not null;
        return (backIncident.Id == incident.Id && backIncident.Kind == incident.Kind && backIncident.MemberId == incident.MemberId && backIncident.Severity == incident.Severity
            && backReferral.Id == referral.Id && backReferral.Target == referral.Target && backReferral.Priority == referral.Priority && backReferral.Status == referral.Status && backReferral.RuleId == referral.RuleId && backReferral.Date == referral.Date
            && backGoal.Equals(goal) && backGoal.Weight == goal.Weight && backGoal.Attainment == goal.Attainment
            && (!assessmentOk || RoundTrips(assessment, s_context.Assessment))).ToProperty();
    }

    [Fact]
    public void Programme_RoundTrips()
    {
        var programme = new Programme(ProgrammeId.Create("P-WRAP"), "WRAP", [new ProgrammeModule(1, "Wellness toolbox", "List what keeps you well"), new ProgrammeModule(2)]);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(programme, s_context.Programme), s_context.Programme)!;
        Assert.Equal(programme.Modules.ToArray(), back.Modules.ToArray());
        Assert.Equal(programme.Name, back.Name);
    }

    [Fact]
    public void Identifier_InvalidText_IsAJsonError()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\" bad\"", s_context.MemberId));
        Assert.Contains("white space", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("12", s_context.GroupId));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Bad Target\"", s_context.ReferralTarget));
    }

    [Fact]
    public void Enum_UsesSnakeCaseNames()
    {
        Assert.Equal("\"dropped_out\"", JsonSerializer.Serialize(LeavingReason.DroppedOut, PeerSupportJsonContext.Default.Options));
    }
}
