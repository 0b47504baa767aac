using PeerSupport.Domain;
using PeerSupport.Facilitation;
using static PeerSupport.Core.Tests.SampleData;

namespace PeerSupport.Core.Tests.Facilitation;

public sealed class FacilitationPolicyTests
{
    private static readonly DateOnly s_day = new(2026, 3, 3);
    private static readonly Facilitator s_peer = new(FacilitatorId.Create("F-PEER"), FacilitatorRole.PeerFacilitator, new Credential("DBSA", FacilitatorRole.PeerFacilitator));
    private static readonly Facilitator s_untrainedPeer = new(FacilitatorId.Create("F-NEW"), FacilitatorRole.PeerFacilitator);
    private static readonly Facilitator s_clinician = new(FacilitatorId.Create("F-LPC"), FacilitatorRole.LicensedClinician, new Credential("LPC", FacilitatorRole.LicensedClinician, s_day));
    private static readonly Facilitator s_expiredClinician = new(FacilitatorId.Create("F-LCSW"), FacilitatorRole.LicensedClinician, new Credential("LCSW", FacilitatorRole.LicensedClinician, s_day.AddDays(-1)));

    private static PeerGroup Group(FacilitationModel model, Acuity acuity = Acuity.Standard, int? capacity = null)
        => new(GroupId.Create("G-1"), "group", model, acuity, capacity: capacity);

    private static IReadOnlyList<FacilitationGap> Check(PeerGroup group, int activeMembers, params Facilitator[] present)
    {
        var session = new GroupSession(SessionId.Create("S-1"), group.Id, s_day, [.. present.Select(f => f.Id)]);
        return FacilitationPolicy.Default.CheckSession(group, session, present, activeMembers);
    }

    private static FacilitationGapKind[] Kinds(IReadOnlyList<FacilitationGap> gaps) => [.. gaps.Select(g => g.Kind)];

    [Fact]
    public void CheckSession_PeerLedWithTrainedPeer_HasNoGap()
        => Assert.Empty(Check(Group(FacilitationModel.PeerLed), 8, s_peer));

    [Fact]
    public void CheckSession_NoFacilitator_IsAGap()
        => Assert.Equal([FacilitationGapKind.NoFacilitator], Kinds(Check(Group(FacilitationModel.PeerLed), 8)));

    [Fact]
    public void CheckSession_OnlyUntrainedPeer_IsNoTrainedFacilitator()
    {
        var gap = Assert.Single(Check(Group(FacilitationModel.PeerLed), 8, s_untrainedPeer));
        Assert.Equal(FacilitationGapKind.NoTrainedFacilitator, gap.Kind);
        Assert.Equal(SessionId.Create("S-1"), gap.SessionId);
        Assert.Equal(s_day, gap.Date);
    }

    [Fact]
    public void CheckSession_ElevatedAcuityWithoutClinician_IsAGap()
        => Assert.Equal([FacilitationGapKind.ElevatedAcuityWithoutLicensedClinician], Kinds(Check(Group(FacilitationModel.PeerLed, Acuity.Elevated), 8, s_peer)));

    [Fact]
    public void CheckSession_ElevatedAcuityWithClinicianOnExpiryDay_HasNoGap()
        => Assert.Empty(Check(Group(FacilitationModel.CoFacilitated, Acuity.Elevated), 8, s_peer, s_clinician));

    [Fact]
    public void CheckSession_ClinicianExpiredTheDayBefore_CountsAsNoClinicianAndExpired()
    {
        var gaps = Check(Group(FacilitationModel.CoFacilitated, Acuity.Elevated), 8, s_peer, s_expiredClinician);
        Assert.Equal(
            [FacilitationGapKind.ElevatedAcuityWithoutLicensedClinician, FacilitationGapKind.IncompleteCoFacilitation, FacilitationGapKind.ExpiredCredential],
            Kinds(gaps));
        Assert.Equal(FacilitatorId.Create("F-LCSW"), gaps[2].FacilitatorId);
        Assert.Contains("expired on 2026-03-02", gaps[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSession_ProfessionalLedWithoutClinician_IsAGap()
        => Assert.Equal([FacilitationGapKind.ProfessionalLedWithoutLicensedClinician], Kinds(Check(Group(FacilitationModel.ProfessionalLed), 8, s_peer)));

    [Fact]
    public void CheckSession_CoFacilitatedWithClinicianOnly_LacksPeer()
    {
        var gap = Assert.Single(Check(Group(FacilitationModel.CoFacilitated), 8, s_clinician));
        Assert.Equal(FacilitationGapKind.IncompleteCoFacilitation, gap.Kind);
        Assert.Contains("no peer facilitator", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSession_OverCapacity_IsAGapOnlyAboveCapacity()
    {
        Assert.Empty(Check(Group(FacilitationModel.PeerLed, capacity: 8), 8, s_peer));
        Assert.Equal([FacilitationGapKind.OverCapacity], Kinds(Check(Group(FacilitationModel.PeerLed, capacity: 8), 9, s_peer)));
    }

    [Fact]
    public void CheckSession_MembersPerFacilitator_UsesConfiguredLimit()
    {
        var policy = new FacilitationPolicy(new FacilitationPolicyOptions { MaxMembersPerFacilitator = 6 });
        var group = Group(FacilitationModel.PeerLed);
        var session = new GroupSession(SessionId.Create("S-1"), group.Id, s_day, [s_peer.Id]);
        Assert.Empty(policy.CheckSession(group, session, [s_peer], 6));
        Assert.Equal(FacilitationGapKind.TooManyMembersPerFacilitator, Assert.Single(policy.CheckSession(group, session, [s_peer], 7)).Kind);
    }

    [Fact]
    public void CheckSession_RequirementsTurnedOff_ReportNothing()
    {
        var policy = new FacilitationPolicy(new FacilitationPolicyOptions
        {
            RequireTrainedFacilitator = false,
            ElevatedAcuityRequiresLicensedClinician = false,
            CoFacilitationRequiresPeerAndClinician = false,
            ReportExpiredCredentials = false,
            EnforceCapacity = false,
        });
        var group = Group(FacilitationModel.CoFacilitated, Acuity.Elevated, 2);
        var session = new GroupSession(SessionId.Create("S-1"), group.Id, s_day, [s_untrainedPeer.Id, s_expiredClinician.Id]);
        Assert.Empty(policy.CheckSession(group, session, [s_untrainedPeer, s_expiredClinician], 9));
    }

    [Fact]
    public void CheckSession_FacilitatorNotGiven_Throws()
    {
        var group = Group(FacilitationModel.PeerLed);
        var session = new GroupSession(SessionId.Create("S-1"), group.Id, s_day, [s_peer.Id]);
        Assert.Throws<ArgumentException>(() => FacilitationPolicy.Default.CheckSession(group, session, [], 3));
    }

    [Fact]
    public void Constructor_OptionOutOfRange_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new FacilitationPolicy(new FacilitationPolicyOptions { CredentialExpiryWarningDays = -1 }));

    [Fact]
    public void CheckGroup_SampleHarbor_ReportsExpiredLicenceAndCapacityAndExpiringSoon()
    {
        var harbor = Dataset().GetGroup(Harbor);
        var gaps = FacilitationPolicy.Default.CheckGroup(harbor, Start.AddDays(21));
        // H-S1 (Jan 8) and H-S2 (Jan 15) are fine; the clinician's licence expired on Jan 20, so H-S3 (Jan 22) has three gaps.
        Assert.All(gaps, g => Assert.Equal(SessionId.Create("H-S3"), g.SessionId));
        Assert.Equal(
            [FacilitationGapKind.ElevatedAcuityWithoutLicensedClinician, FacilitationGapKind.IncompleteCoFacilitation, FacilitationGapKind.ExpiredCredential],
            Kinds(gaps));
    }

    [Fact]
    public void CheckGroup_CredentialExpiringWithinWarningPeriod_IsReportedOnce()
    {
        var harbor = Dataset().GetGroup(Harbor);
        var gaps = FacilitationPolicy.Default.CheckGroup(harbor, Start.AddDays(1), from: Start);
        var soon = Assert.Single(gaps, g => g.Kind == FacilitationGapKind.CredentialExpiringSoon);
        Assert.Equal(FacilitatorId.Create("F-LCSW"), soon.FacilitatorId);
        Assert.Null(soon.SessionId);
    }

    [Fact]
    public void CheckDataset_CoversEveryGroup()
    {
        var gaps = FacilitationPolicy.Default.CheckDataset(Dataset(), Start.AddDays(60));
        Assert.Contains(gaps, g => g.GroupId == Harbor);
        Assert.DoesNotContain(gaps, g => g.GroupId == North);
    }
}
