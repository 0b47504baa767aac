using System.Text.Json;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Tests.GroupHealth;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Tests.Cohorts;

public sealed class FacilitationModelComparerTests
{
    [Fact]
    public void Compare_EqualTrueEffects_PeerLedNonInferiorWithPlainStatement()
    {
        var result = new FacilitationModelComparer().Compare(CohortTestData.Build(seed: 11), CohortTestData.AsOf);

        Assert.Equal(3, result.Cohorts.Count);
        Assert.Equal(2, result.Contrasts.Count);
        foreach (var contrast in result.Contrasts)
        {
            Assert.Equal(NonInferiorityConclusion.NonInferior, contrast.Conclusion);
            Assert.True(contrast.AdjustedDifferenceInterval.Upper.Value < 3);
            Assert.True(contrast.AdjustedDifferenceInterval.Lower.Value < contrast.AdjustedDifference.Value);
            Assert.Equal(3, contrast.Margin);
            Assert.Contains("not worse by more than the margin", contrast.Statement, StringComparison.Ordinal);
            Assert.Equal(contrast.AdjustedDifferenceInterval.Lower.Value > 0, contrast.Statement.Contains("somewhat worse on average", StringComparison.Ordinal));
            Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"95 % CI {contrast.AdjustedDifferenceInterval.Lower.Value:0.0} to {contrast.AdjustedDifferenceInterval.Upper.Value:0.0}"), contrast.Statement, StringComparison.Ordinal);
        }

        Assert.True(result.MixedModelIcc.IsDefined);
        Assert.InRange(result.RetentionLogRankP.Value, 0, 1);
        Assert.Contains("observational data, not a randomised trial", result.Answer, StringComparison.Ordinal);
        Assert.Equal(FacilitationModelComparer.StandardCaveats, result.Caveats);
    }

    [Fact]
    public void Compare_PeerLedMuchWorse_Inferior()
    {
        var result = new FacilitationModelComparer().Compare(CohortTestData.Build(seed: 12, peerLedShift: 7), CohortTestData.AsOf);

        var contrast = result.Contrasts.Single(c => c.Comparator == FacilitationModel.CoFacilitated);
        Assert.Equal(NonInferiorityConclusion.Inferior, contrast.Conclusion);
        Assert.True(contrast.AdjustedDifferenceInterval.Lower.Value > 3);
        Assert.True(contrast.HedgesG.Value > 0, "peer-led improved less, so g of the change is positive");
        Assert.Contains("worse by more than the margin", contrast.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WideMargin_ChangesTheConclusionNotTheEstimate()
    {
        var dataset = CohortTestData.Build(seed: 12, peerLedShift: 7);
        var narrow = new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf).Contrasts[0];
        var wide = new FacilitationModelComparer(new CohortComparisonOptions { NonInferiorityMargin = 20 }).Compare(dataset, CohortTestData.AsOf).Contrasts[0];

        Assert.Equal(narrow.AdjustedDifference, wide.AdjustedDifference);
        Assert.Equal(NonInferiorityConclusion.NonInferior, wide.Conclusion);
    }

    [Fact]
    public void Compare_AdjustedDifference_IsMinusTheComparatorCoefficientOfADirectFit()
    {
        var dataset = CohortTestData.Build(seed: 18, groupsPerModel: 4, membersPerGroup: 9, peerLedShift: 2);
        var post = new List<double>();
        var groups = new List<string>();
        var rows = new List<(double Pre, double Co, double Professional)>();
        foreach (var history in dataset.MemberHistories)
        {
            var phq9 = history.AssessmentsOf(PeerSupport.Instruments.InstrumentId.Phq9, CohortTestData.AsOf).ToArray();
            var attended = history.AttendanceAsOf(CohortTestData.AsOf).ToArray().Count(e => e.Attended);
            if (attended < 2 || phq9.Length < 2)
            {
                continue;
            }

            post.Add(phq9[^1].Score.Total!.Value);
            groups.Add(history.Group.Id.Value);
            rows.Add((phq9[0].Score.Total!.Value, history.Group.FacilitationModel == FacilitationModel.CoFacilitated ? 1 : 0, history.Group.FacilitationModel == FacilitationModel.ProfessionalLed ? 1 : 0));
        }

        var covariates = new double[rows.Count, 3];
        for (var i = 0; i < rows.Count; i++)
        {
            covariates[i, 0] = rows[i].Pre;
            covariates[i, 1] = rows[i].Co;
            covariates[i, 2] = rows[i].Professional;
        }

        var fit = PeerSupport.Analytics.MixedModels.RandomInterceptModel.Fit(post, groups, covariates, ["baseline", "co_facilitated", "professional_led"]);
        var result = new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf);

        var co = result.Contrasts.Single(c => c.Comparator == FacilitationModel.CoFacilitated);
        var professional = result.Contrasts.Single(c => c.Comparator == FacilitationModel.ProfessionalLed);
        Assert.Equal(-fit.FixedEffects[2].Estimate, co.AdjustedDifference.Value, 1e-9);
        Assert.Equal(-fit.FixedEffects[3].Estimate, professional.AdjustedDifference.Value, 1e-9);
        Assert.Equal(co.AdjustedDifference.Value + (1.959963984540054 * fit.FixedEffects[2].StandardError), co.AdjustedDifferenceInterval.Upper.Value, 1e-9);
        Assert.Equal(fit.Icc, result.MixedModelIcc.Value, 1e-12);
    }

    [Fact]
    public void Compare_EffectSizesAdjustedForClustering_FollowTheDesignEffectFormula()
    {
        var dataset = CohortTestData.Build(seed: 13);
        var result = new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf);
        var contrast = result.Contrasts.Single(c => c.Comparator == FacilitationModel.ProfessionalLed);
        var peer = result.Cohorts.Single(c => c.Model == FacilitationModel.PeerLed);
        var professional = result.Cohorts.Single(c => c.Model == FacilitationModel.ProfessionalLed);

        var n = peer.MembersWithOutcome.MemberCount!.Value + professional.MembersWithOutcome.MemberCount!.Value;
        var meanGroupSize = n / 16.0;
        var icc = Math.Max(0, contrast.Icc.Value);
        Assert.Equal(1 + ((meanGroupSize - 1) * icc), contrast.DesignEffect.Value, 1e-12);
        Assert.Equal(peer.MembersWithOutcome.MemberCount!.Value / contrast.DesignEffect.Value, contrast.EffectivePeerLedMembers.Value, 1e-9);
        var naiveHalf = contrast.NaiveInterval.Upper.Value - contrast.HedgesG.Value;
        var adjustedHalf = contrast.ClusterAdjustedInterval.Upper.Value - contrast.HedgesG.Value;
        Assert.Equal(naiveHalf * Math.Sqrt(contrast.DesignEffect.Value), adjustedHalf, 1e-9);
    }

    [Fact]
    public void Compare_CohortCells_MatchDirectComputation()
    {
        var options = new CohortComparisonOptions { MinimumCellSize = 1, MinimumGroupsPerModel = 1, RetentionHorizonDays = 30 };
        var builder = HealthTestData.Builder();
        builder.AddGroup(new PeerGroup(GroupId.Create("G-TWO"), "Co", FacilitationModel.CoFacilitated));
        var result = new FacilitationModelComparer(options).Compare(builder.Build().GetValueOrThrow(), HealthTestData.AsOf);

        var peer = result.Cohorts.Single(c => c.Model == FacilitationModel.PeerLed);
        Assert.Equal(1, peer.Groups);
        Assert.Equal(4, peer.Members.Value.Value);
        Assert.Equal(2, peer.MembersWithOutcome.Value.Value);
        Assert.Equal(13.5, peer.MeanBaseline.Value.Value, 1e-12);
        Assert.Equal(-5, peer.MeanChange.Value.Value, 1e-12);
        Assert.Equal(-5 / Math.Sqrt(32), peer.EffectSizeDz.Value.Value, 1e-12);
        Assert.Equal(2.0 / 3, peer.RetainedAtHorizon.Value.Value, 1e-12);

        // A horizon nobody has reached is not reported as a percentage.
        var longer = new FacilitationModelComparer(new CohortComparisonOptions { MinimumCellSize = 1, MinimumGroupsPerModel = 1 })
            .Compare(builder.Build().GetValueOrThrow(), HealthTestData.AsOf).Cohorts.Single(c => c.Model == FacilitationModel.PeerLed);
        Assert.Equal("no member has been followed for the 84-day horizon yet (longest 35 days)", longer.RetainedAtHorizon.Value.UndefinedReason);
        var co = result.Cohorts.Single(c => c.Model == FacilitationModel.CoFacilitated);
        Assert.Equal(1, co.Groups);
        Assert.True(co.Members.IsSuppressed, "a group without members is a cell of 0 members");
        Assert.Empty(result.Contrasts);
        Assert.StartsWith("No comparison is possible", result.Answer, StringComparison.Ordinal);
        Assert.Equal("fewer than 2 facilitation models have members", result.RetentionLogRankP.UndefinedReason);
        Assert.False(result.MixedModelIcc.IsDefined);
    }

    [Fact]
    public void Compare_ArmBelowK_ContrastNotReported()
    {
        var dataset = CohortTestData.Build(seed: 14, groupsPerModel: 2, membersPerGroup: 2);

        var result = new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf);

        Assert.All(result.Cohorts, c => Assert.True(c.MembersWithOutcome.IsSuppressed));
        Assert.All(result.Contrasts, c =>
        {
            Assert.Equal(NonInferiorityConclusion.NotEstimable, c.Conclusion);
            Assert.False(c.HedgesG.IsDefined);
            Assert.False(c.AdjustedDifference.IsDefined);
            Assert.Contains("not reported", c.Statement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Compare_TooFewGroupsForTheModel_AdjustedDifferenceNotEstimable()
    {
        var dataset = CohortTestData.Build(seed: 15, groupsPerModel: 1, membersPerGroup: 12);

        var contrast = new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf).Contrasts[0];

        Assert.Equal(NonInferiorityConclusion.NotEstimable, contrast.Conclusion);
        Assert.Contains("2 or more groups", contrast.AdjustedDifference.UndefinedReason, StringComparison.Ordinal);
        Assert.Contains("cannot say whether peer-led groups are as beneficial", contrast.Statement, StringComparison.Ordinal);
        Assert.True(contrast.HedgesG.IsDefined);
    }

    [Fact]
    public void Compare_Json_HasNoMemberIds()
    {
        var dataset = CohortTestData.Build(seed: 16, groupsPerModel: 3, membersPerGroup: 6);

        var json = JsonSerializer.Serialize(new FacilitationModelComparer().Compare(dataset, CohortTestData.AsOf), ReportJson.CreateOptions());

        Assert.DoesNotContain("MEM-", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(3, document.RootElement.GetProperty("cohorts").GetArrayLength());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(27.5)]
    [InlineData(double.NaN)]
    public void Constructor_BadMargin_ThrowsNamingIt(double margin)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FacilitationModelComparer(new CohortComparisonOptions { NonInferiorityMargin = margin }));

        Assert.Equal(nameof(CohortComparisonOptions.NonInferiorityMargin), error.ParamName);
    }

    [Theory]
    [InlineData(nameof(CohortComparisonOptions.MinimumCellSize), 0)]
    [InlineData(nameof(CohortComparisonOptions.RetentionHorizonDays), 0)]
    [InlineData(nameof(CohortComparisonOptions.MinimumGroupsPerModel), 0)]
    [InlineData(nameof(CohortComparisonOptions.MinimumSessionsForOutcome), -1)]
    public void Constructor_IntegerOutOfRange_ThrowsNamingIt(string name, int value)
    {
        var options = new CohortComparisonOptions();
        typeof(CohortComparisonOptions).GetProperty(name)!.SetValue(options, value);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FacilitationModelComparer(options));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Compare_NullDataset_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new FacilitationModelComparer().Compare(null!, CohortTestData.AsOf));
    }

    [Fact]
    public void GroupHealth_LargerCohort_EveryGroupHasAnExplainedIndex()
    {
        var dataset = CohortTestData.Build(seed: 17);

        var result = new GroupHealthAnalyzer(new GroupHealthOptions { RetentionHorizonDays = 56 }).Analyze(dataset, CohortTestData.AsOf);

        Assert.Equal(24, result.Groups.Count);
        Assert.All(result.Groups, g =>
        {
            Assert.True(g.Index.Value.IsDefined);
            Assert.Equal(g.Index.Value.Value, g.Index.Components.Sum(c => c.Contribution), 1e-9);
            Assert.All(g.Index.Components, c => Assert.False(string.IsNullOrWhiteSpace(c.Explanation)));
        });
        Assert.Equal(IndexConfidence.High, result.Overall.Index.Confidence);
        Assert.True(result.Overall.Outcomes.Members.Value.Value > 150);

        // Every session of every model meets the default facilitation policy.
        Assert.Equal(1, result.Overall.Facilitation.Compliance.Value);
    }
}
