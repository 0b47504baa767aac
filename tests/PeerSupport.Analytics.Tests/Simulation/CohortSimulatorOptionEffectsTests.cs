using PeerSupport.Analytics.Simulation;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;

namespace PeerSupport.Analytics.Tests.Simulation;

/// <summary>Each option, pushed to an extreme, has exactly the effect its documentation promises.</summary>
public sealed class CohortSimulatorOptionEffectsTests
{
    private static PeerSupportDataset Simulate(Action<SimulationOptions> configure, int groups = 30)
    {
        var options = new SimulationOptions { Seed = 31, GroupCount = groups };
        configure(options);
        return new CohortSimulator(options).Simulate();
    }

    [Fact]
    public void Simulate_NoHazards_OnlyCompletedOrActiveMembers()
    {
        var dataset = Simulate(o =>
        {
            o.DropoutHazardPerWeek = 0;
            o.TransferHazardPerWeek = 0;
            o.ReferredOnShare = 0;
        });

        Assert.All(dataset.Members, m => Assert.True(m.LeavingReason is null or LeavingReason.Completed, $"{m.Id} left as {m.LeavingReason}"));
        Assert.All(
            dataset.MemberHistories.Where(h => h.Member.LeavingReason == LeavingReason.Completed),
            h => Assert.Equal(16, h.Attendance.Length));
    }

    [Fact]
    public void Simulate_CertainDropout_EveryoneDropsOutAfterTheFirstSession()
    {
        var dataset = Simulate(o =>
        {
            o.DropoutHazardPerWeek = 1;
            o.ReferredOnShare = 0;
        });

        Assert.All(dataset.MemberHistories, h =>
        {
            Assert.Equal(LeavingReason.DroppedOut, h.Member.LeavingReason);
            Assert.Single(h.Attendance);
            Assert.InRange(h.Member.LeftOn!.Value.DayNumber - h.Member.JoinedOn.DayNumber, 1, 6);
        });
    }

    [Fact]
    public void Simulate_HigherPeerLedDropoutMultiplier_MorePeerLedDropout()
    {
        var dataset = Simulate(o => o.PeerLedDropoutMultiplier = 4, groups: 200);
        double Share(FacilitationModel model)
        {
            var members = dataset.MemberHistories.Where(h => h.Group.FacilitationModel == model).ToArray();
            return (double)members.Count(h => h.Member.LeavingReason == LeavingReason.DroppedOut) / members.Length;
        }

        Assert.True(Share(FacilitationModel.PeerLed) > 2 * Share(FacilitationModel.CoFacilitated));
    }

    [Fact]
    public void Simulate_ElevatedAcuityEverywhere_HigherBaselines()
    {
        var standard = Simulate(o => o.ElevatedAcuityShare = 0, groups: 60);
        var elevated = Simulate(o => o.ElevatedAcuityShare = 1, groups: 60);

        Assert.All(elevated.Groups, g => Assert.Equal(Acuity.Elevated, g.Acuity));
        Assert.InRange(MeanBaselinePhq9(elevated) - MeanBaselinePhq9(standard), 3, 5);
    }

    [Fact]
    public void Simulate_NoItem9Positives_PositiveOnlyWhereTheTotalForcesIt()
    {
        var dataset = Simulate(o =>
        {
            o.Item9PositiveRate = 0;
            o.MissingItemRate = 0;
            o.MissingBeyondLimitRate = 0;
        });

        // Items 1-8 carry at most 24 points, so a total of 25-27 needs item 9 above 0 whatever the rate.
        var positives = dataset.Assessments.Where(a => a.Instrument == InstrumentId.Phq9 && a.Score.GetItem(9) > 0).ToArray();
        Assert.All(positives, a => Assert.Equal(a.Score.Total - 24, a.Score.GetItem(9)));
        Assert.Contains(dataset.Assessments, a => a.Instrument == InstrumentId.Phq9 && a.Score.Total <= 24 && a.Score.Total >= 20);
    }

    [Fact]
    public void Simulate_AllTotalOnly_NoItemsAnywhere()
    {
        var dataset = Simulate(o =>
        {
            o.TotalOnlyRate = 1;
            o.MissingItemRate = 0;
            o.MissingBeyondLimitRate = 0;
        });

        Assert.All(dataset.Assessments, a => Assert.True(a.Score.IsTotalOnly && a.Score.Total is not null));
    }

    [Fact]
    public void Simulate_AllMissingBeyondLimit_EveryTotalUnknown()
    {
        var dataset = Simulate(o =>
        {
            o.TotalOnlyRate = 0;
            o.MissingItemRate = 0;
            o.MissingBeyondLimitRate = 1;
        });

        Assert.All(dataset.Assessments, a => Assert.Null(a.Score.Total));
    }

    [Fact]
    public void Simulate_EveryIncidentUnattributed_NoMemberNamedAndNoCrisisReferrals()
    {
        var dataset = Simulate(o =>
        {
            o.UnattributedIncidentShare = 1;
            o.CrisisDisclosureRate = 0.5;
        });

        Assert.Contains(dataset.Incidents, i => i.Kind == IncidentKind.CrisisDisclosure);
        Assert.All(dataset.Incidents, i => Assert.Null(i.MemberId));
        Assert.DoesNotContain(dataset.Referrals, r => r.Target == ReferralTarget.CrisisService);
    }

    [Fact]
    public void Simulate_NoIncidentRates_NoIncidents()
    {
        var dataset = Simulate(o =>
        {
            o.HarmfulIncidentRate = 0;
            o.ConflictRate = 0;
            o.CrisisDisclosureRate = 0;
        });

        Assert.Empty(dataset.Incidents);
    }

    [Fact]
    public void Simulate_NoLapsesNoAbsencesAllCredentialed_FacilitationPolicyFindsOnlyStructuralGaps()
    {
        var dataset = Simulate(o =>
        {
            o.CredentialLapseShare = 0;
            o.UncredentialedPeerShare = 0;
            o.FacilitatorAbsenceRate = 0;
            o.ElevatedAcuityShare = 0;
            o.JoinsPerGroupPerWeek = 0;
        });

        var gaps = FacilitationPolicy.Default.CheckDataset(dataset, dataset.LastSessionDate!.Value);

        Assert.DoesNotContain(gaps, g => g.Kind is FacilitationGapKind.ExpiredCredential or FacilitationGapKind.NoTrainedFacilitator
            or FacilitationGapKind.NoFacilitator or FacilitationGapKind.IncompleteCoFacilitation or FacilitationGapKind.OverCapacity);
    }

    [Fact]
    public void Simulate_EveryFacilitatorAbsent_TheLeadStillRunsEverySession()
    {
        var dataset = Simulate(o => o.FacilitatorAbsenceRate = 1);

        Assert.All(dataset.GroupHistories, g => Assert.All(g.Sessions, s => Assert.Equal(g.Group.Id.Value + "-F1", Assert.Single(s.FacilitatorIds).Value)));
    }

    [Fact]
    public void Simulate_NoProgrammes_NoProgrammesModulesOrGoals()
    {
        var dataset = Simulate(o => o.ProgrammeShare = 0);

        Assert.Empty(dataset.Programmes);
        Assert.Empty(dataset.Goals);
        Assert.All(dataset.Sessions, s => Assert.Null(s.ProgrammeModule));
    }

    [Fact]
    public void Simulate_ManyGroups_IdsWidenToKeepTheirOrder()
    {
        var dataset = Simulate(o =>
        {
            o.Weeks = 1;
            o.InitialMembersPerGroup = 1;
        }, groups: 1200);

        Assert.Equal("G0001", dataset.Groups[0].Id.Value);
        Assert.Equal("G1200", dataset.Groups[^1].Id.Value);
        Assert.Equal("G0001-M001", dataset.Members[0].Id.Value);
        Assert.Equal("G0001-S001", dataset.Sessions[0].Id.Value);
    }

    [Fact]
    public void Simulate_NoConsent_EveryMemberWithheldConsent()
    {
        var dataset = Simulate(o =>
        {
            o.ShareScoresConsentRate = 0;
            o.ResearchConsentRate = 0;
        });

        Assert.All(dataset.Members, m => Assert.False(m.Consent.MayShareScores || m.Consent.MayUseForResearch));
    }

    private static double MeanBaselinePhq9(PeerSupportDataset dataset)
        => dataset.MemberHistories.Select(h => h.AssessmentsOf(InstrumentId.Phq9).First().Score.Total).Where(t => t is not null).Average(t => t!.Value);
}
