using System.Collections.Immutable;
using PeerSupport.Domain;
using PeerSupport.Rules;

namespace PeerSupport.Core.Tests.Domain;

public sealed class EntityTests
{
    private static readonly DateOnly s_day = new(2026, 1, 6);

    [Fact]
    public void PeerGroup_ValidArguments_KeepsThem()
    {
        var group = new PeerGroup(GroupId.Create("G-1"), "Tuesday circle", FacilitationModel.CoFacilitated, Acuity.Elevated, Modality.Hybrid, 10, ProgrammeId.Create("P-1"), s_day, "depression");
        Assert.Equal("G-1", group.Id.Value);
        Assert.Equal(Acuity.Elevated, group.Acuity);
        Assert.Equal(10, group.Capacity);
        Assert.Equal(12, group.WithCapacity(12).Capacity);
        Assert.Equal(group, group.WithCapacity(12));
    }

    [Theory]
    [InlineData("", null, "must not be empty")]
    [InlineData("ok", 0, "capacity must be at least 1, was 0")]
    public void PeerGroup_InvalidArguments_ThrowNamingTheRule(string name, int? capacity, string rule)
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => new PeerGroup(GroupId.Create("G-1"), name, FacilitationModel.PeerLed, capacity: capacity));
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeerGroup_UndefinedEnum_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PeerGroup(GroupId.Create("G-1"), "n", (FacilitationModel)7));
        Assert.Contains("facilitation model", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeerGroup_DefaultId_Throws()
        => Assert.Throws<ArgumentException>(() => new PeerGroup(default, "n", FacilitationModel.PeerLed));

    [Fact]
    public void Member_LeftBeforeJoined_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Member(MemberId.Create("M-1"), GroupId.Create("G-1"), s_day, s_day.AddDays(-1)));
        Assert.Contains("must not be before joined_on", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_ReasonWithoutLeavingDate_Throws()
        => Assert.Throws<ArgumentException>(() => new Member(MemberId.Create("M-1"), GroupId.Create("G-1"), s_day, null, LeavingReason.Completed));

    [Fact]
    public void Member_IsMemberOn_IncludesBothEnds()
    {
        var member = new Member(MemberId.Create("M-1"), GroupId.Create("G-1"), s_day, s_day.AddDays(14), LeavingReason.DroppedOut);
        Assert.False(member.IsMemberOn(s_day.AddDays(-1)));
        Assert.True(member.IsMemberOn(s_day));
        Assert.True(member.IsMemberOn(s_day.AddDays(14)));
        Assert.False(member.IsMemberOn(s_day.AddDays(15)));
    }

    [Fact]
    public void Member_Leave_ReturnsNewMemberAndRefusesTwice()
    {
        var member = new Member(MemberId.Create("M-1"), GroupId.Create("G-1"), s_day);
        var left = member.Leave(s_day.AddDays(30), LeavingReason.Completed);
        Assert.Null(member.LeftOn);
        Assert.Equal(s_day.AddDays(30), left.LeftOn);
        Assert.Throws<InvalidOperationException>(() => left.Leave(s_day.AddDays(31), LeavingReason.Completed));
    }

    [Fact]
    public void Consent_NotRecorded_MeansNoConsent()
    {
        Assert.False(default(Consent).MayShareScores);
        Assert.False(new Consent(false, null).MayUseForResearch);
        Assert.True(new Consent(true, true).MayShareScores);
    }

    [Fact]
    public void AttendanceRecord_SpeakingWhileAbsent_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AttendanceRecord(SessionId.Create("S"), MemberId.Create("M"), AttendanceStatus.Absent, 3.5));
        Assert.Contains("absent", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1440.5)]
    [InlineData(double.NaN)]
    public void AttendanceRecord_MinutesOutOfRange_Throws(double minutes)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new AttendanceRecord(SessionId.Create("S"), MemberId.Create("M"), AttendanceStatus.Present, minutes));

    [Fact]
    public void AttendanceRecord_LateCountsAsAttended()
    {
        Assert.True(new AttendanceRecord(SessionId.Create("S"), MemberId.Create("M"), AttendanceStatus.Late, 2, 1).Attended);
        Assert.False(new AttendanceRecord(SessionId.Create("S"), MemberId.Create("M"), AttendanceStatus.Excused).Attended);
    }

    [Fact]
    public void GroupSession_DuplicateFacilitator_Throws()
    {
        var f = FacilitatorId.Create("F-1");
        Assert.Throws<ArgumentException>(() => new GroupSession(SessionId.Create("S"), GroupId.Create("G"), s_day, [f, f]));
    }

    [Fact]
    public void GroupSession_ModuleZero_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GroupSession(SessionId.Create("S"), GroupId.Create("G"), s_day, [], 0));

    [Fact]
    public void Credential_ValidThroughExpiryDate()
    {
        var credential = new Credential("LCSW", FacilitatorRole.LicensedClinician, new DateOnly(2026, 2, 28));
        Assert.True(credential.IsValidOn(new DateOnly(2026, 2, 28)));
        Assert.False(credential.IsValidOn(new DateOnly(2026, 3, 1)));
        Assert.True(new Credential("LPC", FacilitatorRole.LicensedClinician).IsValidOn(DateOnly.MaxValue));
    }

    [Fact]
    public void Facilitator_LicensedClinicianWithoutExpiry_CountsAsLicensed()
    {
        var clinician = new Facilitator(FacilitatorId.Create("F-1"), FacilitatorRole.LicensedClinician);
        Assert.True(clinician.IsLicensedClinicianOn(s_day));
        Assert.False(clinician.IsTrainedOn(s_day));
        var expired = clinician.WithCredential(new Credential("LCSW", FacilitatorRole.LicensedClinician, s_day.AddDays(-1)));
        Assert.False(expired.IsLicensedClinicianOn(s_day));
        Assert.True(expired.IsCredentialExpiredOn(s_day));
        var peer = new Facilitator(FacilitatorId.Create("F-2"), FacilitatorRole.PeerFacilitator, new Credential("DBSA", FacilitatorRole.PeerFacilitator));
        Assert.False(peer.IsLicensedClinicianOn(s_day));
        Assert.True(peer.IsTrainedOn(s_day));
    }

    [Fact]
    public void Programme_ModulesOutOfOrder_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Programme(ProgrammeId.Create("P"), "WRAP", [new ProgrammeModule(2)]));
        Assert.Contains("numbered 1..1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Programme_WithModuleCount_NumbersModules()
    {
        var programme = Programme.WithModuleCount(ProgrammeId.Create("P"), "WRAP", 8);
        Assert.Equal(8, programme.ModuleCount);
        Assert.Equal(Enumerable.Range(1, 8), programme.Modules.Select(m => m.Number));
        Assert.Throws<ArgumentOutOfRangeException>(() => Programme.WithModuleCount(ProgrammeId.Create("P"), "WRAP", 0));
    }

    [Theory]
    [InlineData(3, 1.0)]
    [InlineData(-3, 1.0)]
    [InlineData(0, 0.0)]
    [InlineData(0, -1.0)]
    public void GoalRating_OutOfRange_Throws(int attainment, double weight)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new GoalRating(MemberId.Create("M"), GoalId.Create("GL"), attainment, s_day, weight));

    [Fact]
    public void Assessment_NothingRecorded_Throws()
        => Assert.Throws<ArgumentException>(() => new Assessment(MemberId.Create("M"), PeerSupport.Instruments.InstrumentId.Phq9, s_day, [null, null]));

    [Fact]
    public void Assessment_TrailingUnansweredItems_AreTrimmedSoEqualRecordsCompareEqual()
    {
        var a = new Assessment(MemberId.Create("M"), PeerSupport.Instruments.InstrumentId.Gad7, s_day, [1, 2, null, 1, null, null]);
        var b = new Assessment(MemberId.Create("M"), PeerSupport.Instruments.InstrumentId.Gad7, s_day, [1, 2, null, 1]);
        Assert.Equal(4, a.Items.Length);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Incident_UndefinedKind_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new Incident(IncidentId.Create("I"), SessionId.Create("S"), (IncidentKind)99));

    [Fact]
    public void ReferralTarget_ValidatesSnakeCase()
    {
        Assert.Equal("licensed_clinician", ReferralTarget.LicensedClinician.Value);
        Assert.Equal(ReferralTarget.LicensedClinician, ReferralTarget.Create("licensed_clinician"));
        Assert.Throws<ArgumentException>(() => ReferralTarget.Create("Licensed Clinician"));
        Assert.Throws<ArgumentException>(() => ReferralTarget.Create("9lives"));
        Assert.False(ReferralTarget.TryCreate(null, out _));
        Assert.True(ReferralTarget.TryCreate("phq9", out var screen));
        Assert.Equal("phq9", screen.ToString());
    }

    [Fact]
    public void WireNames_RoundTripEveryEnumMember()
    {
        foreach (var model in Enum.GetValues<FacilitationModel>())
        {
            Assert.Equal(model, WireNames.Parse<FacilitationModel>(WireNames.Of(model)));
        }

        Assert.Equal("co_facilitated", WireNames.Of(FacilitationModel.CoFacilitated));
        Assert.Equal("licensed_clinician", WireNames.Of(FacilitatorRole.LicensedClinician));
        Assert.Equal(["routine", "urgent", "asap", "stat"], WireNames.All<RulePriority>());
        Assert.False(WireNames.TryParse<RulePriority>("STAT", out _));
        var ex = Assert.Throws<FormatException>(() => WireNames.Parse<FacilitationModel>("peerled"));
        Assert.Contains("peer_led, co_facilitated, professional_led", ex.Message, StringComparison.Ordinal);
    }
}
