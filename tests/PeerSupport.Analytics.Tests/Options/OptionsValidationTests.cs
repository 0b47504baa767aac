using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.Engagement;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Simulation;

namespace PeerSupport.Analytics.Tests.Options;

/// <summary>
/// Every Analytics options type is validated one way: data annotations checked by a source-generated
/// <c>[OptionsValidator]</c>, plus <c>IValidatableObject</c> for the rules annotations cannot express. For every option
/// the value just outside each end of its documented range is rejected with a message naming the option and the range,
/// and each end itself is accepted. Just outside is the next integer, or the next representable double (an exclusive
/// end is itself the first rejected value and the next double inside it the first accepted one); NaN is rejected too.
/// </summary>
public sealed class OptionsValidationTests
{
    private static readonly OptionRange[] s_groupHealth =
    [
        new(nameof(GroupHealthOptions.MinimumCellSize), 1, 1000),
        new(nameof(GroupHealthOptions.AttendanceWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.RetentionWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.EquityWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.SafetyWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.FacilitationWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.OutcomesWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.ReferralWeight), 0.0, 100.0),
        new(nameof(GroupHealthOptions.AttendanceTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.RetentionTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.EquityTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.IncidentRateTarget), 0.0, 100.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.ComplianceTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.OutcomeTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.ReferralTarget), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.RetentionHorizonDays), 1, 3650),
        new(nameof(GroupHealthOptions.MinimumPublishedCoverage), 0.0, 1.0, MinimumIsExclusive: true),
        new(nameof(GroupHealthOptions.MinimumSessions), 2, 1000),
        new(nameof(GroupHealthOptions.MinimumRetentionMembers), 1, 100_000),
        new(nameof(GroupHealthOptions.MinimumMemberSessions), 1, 100_000),
        new(nameof(GroupHealthOptions.MinimumOutcomePairs), 2, 100_000),
        new(nameof(GroupHealthOptions.MinimumReferrals), 1, 100_000),
        new(nameof(GroupHealthOptions.MinimumSessionsForOutcome), 0, 1000),
    ];

    private static readonly OptionRange[] s_talkingTherapies =
    [
        new(nameof(TalkingTherapiesThresholds.Phq9Caseness), 1, 27),
        new(nameof(TalkingTherapiesThresholds.Gad7Caseness), 1, 21),
        new(nameof(TalkingTherapiesThresholds.Phq9ReliableChange), 1, 27),
        new(nameof(TalkingTherapiesThresholds.Gad7ReliableChange), 1, 21),
    ];

    private static readonly OptionRange[] s_engagement =
    [
        new(nameof(EngagementOptions.AttendanceWeight), 0.0, 100.0, MinimumIsExclusive: true),
        new(nameof(EngagementOptions.RecencyWeight), 0.0, 100.0),
        new(nameof(EngagementOptions.StreakWeight), 0.0, 100.0),
        new(nameof(EngagementOptions.ParticipationWeight), 0.0, 100.0),
        new(nameof(EngagementOptions.RecencyHorizonDays), 1, 3650),
        new(nameof(EngagementOptions.StreakTarget), 1, 1000),
    ];

    private static readonly OptionRange[] s_cohortComparison =
    [
        new(nameof(CohortComparisonOptions.MinimumCellSize), 1, 1000),
        new(nameof(CohortComparisonOptions.NonInferiorityMargin), 0.0, 27.0, MinimumIsExclusive: true),
        new(nameof(CohortComparisonOptions.RetentionHorizonDays), 1, 3650),
        new(nameof(CohortComparisonOptions.MinimumSessionsForOutcome), 0, 1000),
        new(nameof(CohortComparisonOptions.MinimumGroupsPerModel), 1, 10_000),
    ];

    private static readonly OptionRange[] s_simulation =
    [
        new(nameof(SimulationOptions.GroupCount), 1, 100_000),
        new(nameof(SimulationOptions.InitialMembersPerGroup), 1, 500),
        new(nameof(SimulationOptions.JoinsPerGroupPerWeek), 0.0, 20.0),
        new(nameof(SimulationOptions.Weeks), 1, 520),
        new(nameof(SimulationOptions.MembershipWeeks), 1, 520),
        new(nameof(SimulationOptions.PeerLedWeight), 0.0, double.MaxValue),
        new(nameof(SimulationOptions.CoFacilitatedWeight), 0.0, double.MaxValue),
        new(nameof(SimulationOptions.ProfessionalLedWeight), 0.0, double.MaxValue),
        new(nameof(SimulationOptions.ElevatedAcuityShare), 0.0, 1.0),
        new(nameof(SimulationOptions.ProgrammeShare), 0.0, 1.0),
        new(nameof(SimulationOptions.BaselinePhq9Mean), 0.0, 27.0),
        new(nameof(SimulationOptions.BaselinePhq9StandardDeviation), 0.0, 15.0),
        new(nameof(SimulationOptions.ElevatedAcuityBaselineShift), -27.0, 27.0),
        new(nameof(SimulationOptions.Phq9Icc), 0.0, 0.9),
        new(nameof(SimulationOptions.WeeklyChangePeerLed), -2.0, 2.0),
        new(nameof(SimulationOptions.WeeklyChangeCoFacilitated), -2.0, 2.0),
        new(nameof(SimulationOptions.WeeklyChangeProfessionalLed), -2.0, 2.0),
        new(nameof(SimulationOptions.DeteriorationShare), 0.0, 1.0),
        new(nameof(SimulationOptions.DeteriorationPerWeek), 0.0, 2.0),
        new(nameof(SimulationOptions.MeasurementStandardDeviation), 0.0, 10.0),
        new(nameof(SimulationOptions.DropoutHazardPerWeek), 0.0, 1.0),
        new(nameof(SimulationOptions.PeerLedDropoutMultiplier), 0.0, 10.0),
        new(nameof(SimulationOptions.ElevatedAcuityDropoutMultiplier), 0.0, 10.0),
        new(nameof(SimulationOptions.TransferHazardPerWeek), 0.0, 1.0),
        new(nameof(SimulationOptions.AttendanceProbability), 0.0, 1.0, MinimumIsExclusive: true, MaximumIsExclusive: true),
        new(nameof(SimulationOptions.AttendanceVariation), 0.0, 5.0),
        new(nameof(SimulationOptions.LateShare), 0.0, 1.0),
        new(nameof(SimulationOptions.ExcusedShare), 0.0, 1.0),
        new(nameof(SimulationOptions.TalkMinutesPerSession), 0.0, 600.0),
        new(nameof(SimulationOptions.SpeakingInequality), 0.0, 3.0),
        new(nameof(SimulationOptions.Phq9Gad7IntervalWeeks), 0, 52),
        new(nameof(SimulationOptions.Who5IntervalWeeks), 0, 52),
        new(nameof(SimulationOptions.K10IntervalWeeks), 0, 52),
        new(nameof(SimulationOptions.FollowUpCompletionRate), 0.0, 1.0),
        new(nameof(SimulationOptions.Item9PositiveRate), 0.0, 1.0),
        new(nameof(SimulationOptions.MissingItemRate), 0.0, 1.0),
        new(nameof(SimulationOptions.MissingBeyondLimitRate), 0.0, 1.0),
        new(nameof(SimulationOptions.TotalOnlyRate), 0.0, 1.0),
        new(nameof(SimulationOptions.HarmfulIncidentRate), 0.0, 5.0),
        new(nameof(SimulationOptions.PeerLedHarmMultiplier), 0.0, 20.0),
        new(nameof(SimulationOptions.ConflictRate), 0.0, 5.0),
        new(nameof(SimulationOptions.CrisisDisclosureRate), 0.0, 5.0),
        new(nameof(SimulationOptions.UnattributedIncidentShare), 0.0, 1.0),
        new(nameof(SimulationOptions.CredentialLapseShare), 0.0, 1.0),
        new(nameof(SimulationOptions.UncredentialedPeerShare), 0.0, 1.0),
        new(nameof(SimulationOptions.FacilitatorAbsenceRate), 0.0, 1.0),
        new(nameof(SimulationOptions.ReferralRecordRate), 0.0, 1.0),
        new(nameof(SimulationOptions.ReferredOnShare), 0.0, 1.0),
        new(nameof(SimulationOptions.ShareScoresConsentRate), 0.0, 1.0),
        new(nameof(SimulationOptions.ResearchConsentRate), 0.0, 1.0),
    ];

    public static TheoryData<string, object, string> GroupHealthRejected => Rejected(s_groupHealth);

    public static TheoryData<string, object> GroupHealthAccepted => Accepted(s_groupHealth);

    public static TheoryData<string, object, string> TalkingTherapiesRejected => Rejected(s_talkingTherapies);

    public static TheoryData<string, object> TalkingTherapiesAccepted => Accepted(s_talkingTherapies);

    public static TheoryData<string, object, string> EngagementRejected => Rejected(s_engagement);

    public static TheoryData<string, object> EngagementAccepted => Accepted(s_engagement);

    public static TheoryData<string, object, string> CohortComparisonRejected => Rejected(s_cohortComparison);

    public static TheoryData<string, object> CohortComparisonAccepted => Accepted(s_cohortComparison);

    public static TheoryData<string, object, string> SimulationRejected => Rejected(s_simulation);

    public static TheoryData<string, object> SimulationAccepted => Accepted(s_simulation);

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new GroupHealthOptionsValidator().Validate(null, new GroupHealthOptions()).Succeeded);
        Assert.True(new TalkingTherapiesThresholdsValidator().Validate(null, new TalkingTherapiesThresholds()).Succeeded);
        Assert.True(new EngagementOptionsValidator().Validate(null, new EngagementOptions()).Succeeded);
        Assert.True(new CohortComparisonOptionsValidator().Validate(null, new CohortComparisonOptions()).Succeeded);
        Assert.True(new SimulationOptionsValidator().Validate(null, new SimulationOptions()).Succeeded);
        new GroupHealthOptions().Validate();
        new TalkingTherapiesThresholds().Validate();
        new EngagementOptions().Validate();
        new CohortComparisonOptions().Validate();
        Assert.Empty(new SimulationOptions().Validate());
    }

    [Theory]
    [MemberData(nameof(GroupHealthRejected))]
    public void GroupHealthOptions_OutsideRange_RejectedNamingTheOptionAndTheRange(string option, object value, string rule)
    {
        var options = Set(new GroupHealthOptions(), option, value);

        AssertRejected(new GroupHealthOptionsValidator().Validate(null, options), options.Validate, option, $"GroupHealthOptions.{option} {rule}");
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));
    }

    [Theory]
    [MemberData(nameof(GroupHealthAccepted))]
    public void GroupHealthOptions_RangeEnd_Accepted(string option, object value)
    {
        var options = Set(new GroupHealthOptions(), option, value);

        Assert.True(new GroupHealthOptionsValidator().Validate(null, options).Succeeded);
        options.Validate();
    }

    [Theory]
    [MemberData(nameof(TalkingTherapiesRejected))]
    public void TalkingTherapiesThresholds_OutsideRange_RejectedNamingTheThresholdAndTheRange(string option, object value, string rule)
    {
        var thresholds = Set(new TalkingTherapiesThresholds(), option, value);

        AssertRejected(new TalkingTherapiesThresholdsValidator().Validate(null, thresholds), thresholds.Validate, option, $"TalkingTherapiesThresholds.{option} {rule}");
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TalkingTherapiesClassifier.Classify(1, 1, 1, 1, thresholds));
        Assert.Equal(option, error.ParamName);
    }

    [Theory]
    [MemberData(nameof(TalkingTherapiesRejected))]
    public void GroupHealthOptions_NestedThresholdOutsideRange_RejectedNamingItsPath(string option, object value, string rule)
    {
        var options = new GroupHealthOptions { TalkingTherapies = Set(new TalkingTherapiesThresholds(), option, value) };

        AssertRejected(new GroupHealthOptionsValidator().Validate(null, options), options.Validate, option, $"GroupHealthOptions.TalkingTherapies.{option} {rule}");
    }

    [Theory]
    [MemberData(nameof(TalkingTherapiesAccepted))]
    public void TalkingTherapiesThresholds_RangeEnd_Accepted(string option, object value)
    {
        var thresholds = Set(new TalkingTherapiesThresholds(), option, value);

        Assert.True(new TalkingTherapiesThresholdsValidator().Validate(null, thresholds).Succeeded);
        thresholds.Validate();
        Assert.True(new GroupHealthOptionsValidator().Validate(null, new GroupHealthOptions { TalkingTherapies = thresholds }).Succeeded);
    }

    [Theory]
    [MemberData(nameof(EngagementRejected))]
    public void EngagementOptions_OutsideRange_RejectedNamingTheOptionAndTheRange(string option, object value, string rule)
    {
        var options = Set(new EngagementOptions(), option, value);

        AssertRejected(new EngagementOptionsValidator().Validate(null, options), options.Validate, option, $"EngagementOptions.{option} {rule}");
        Assert.Throws<ArgumentOutOfRangeException>(() => new EngagementAnalyzer(options));
    }

    [Theory]
    [MemberData(nameof(EngagementAccepted))]
    public void EngagementOptions_RangeEnd_Accepted(string option, object value)
    {
        var options = Set(new EngagementOptions(), option, value);

        Assert.True(new EngagementOptionsValidator().Validate(null, options).Succeeded);
        options.Validate();
    }

    [Theory]
    [MemberData(nameof(CohortComparisonRejected))]
    public void CohortComparisonOptions_OutsideRange_RejectedNamingTheOptionAndTheRange(string option, object value, string rule)
    {
        var options = Set(new CohortComparisonOptions(), option, value);

        AssertRejected(new CohortComparisonOptionsValidator().Validate(null, options), options.Validate, option, $"CohortComparisonOptions.{option} {rule}");
        Assert.Throws<ArgumentOutOfRangeException>(() => new FacilitationModelComparer(options));
    }

    [Theory]
    [MemberData(nameof(CohortComparisonAccepted))]
    public void CohortComparisonOptions_RangeEnd_Accepted(string option, object value)
    {
        var options = Set(new CohortComparisonOptions(), option, value);

        Assert.True(new CohortComparisonOptionsValidator().Validate(null, options).Succeeded);
        options.Validate();
    }

    [Theory]
    [MemberData(nameof(SimulationRejected))]
    public void SimulationOptions_OutsideRange_RejectedNamingTheOptionAndTheRange(string option, object value, string rule)
    {
        var options = Set(SimulationWithoutIncompleteAssessments(), option, value);
        var expected = $"{option}: The field SimulationOptions.{option} {rule}";

        // Above 1, an incomplete-assessment share also breaks the rule on their sum; the range is reported first.
        var problems = options.Validate();
        Assert.StartsWith(expected, problems[0], StringComparison.Ordinal);
        Assert.Equal<string>(problems, new SimulationOptionsValidator().Validate(null, options).Failures ?? []);
        var error = Assert.Throws<ArgumentException>(() => new CohortSimulator(options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    [Theory]
    [MemberData(nameof(SimulationAccepted))]
    public void SimulationOptions_RangeEnd_Accepted(string option, object value)
    {
        var options = Set(SimulationWithoutIncompleteAssessments(), option, value);

        Assert.True(new SimulationOptionsValidator().Validate(null, options).Succeeded);
        Assert.Empty(options.Validate());
    }

    [Theory]
    [InlineData(nameof(GroupHealthOptions.OutcomeParameters))]
    [InlineData(nameof(GroupHealthOptions.TalkingTherapies))]
    [InlineData(nameof(GroupHealthOptions.FacilitationPolicy))]
    public void GroupHealthOptions_NullReference_ThrowsArgumentNullNamingIt(string option)
    {
        var options = new GroupHealthOptions();
        typeof(GroupHealthOptions).GetProperty(option)!.SetValue(options, null);

        var failure = Assert.Single(new GroupHealthOptionsValidator().Validate(null, options).Failures ?? []);
        Assert.Equal($"{option}: The field GroupHealthOptions.{option} must not be null.", failure);
        var error = Assert.Throws<ArgumentNullException>(options.Validate);
        Assert.Equal(option, error.ParamName);
        Assert.Contains(failure, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupHealthOptions_AllWeightsZero_RejectedNamingTheWeights()
    {
        var options = new GroupHealthOptions
        {
            AttendanceWeight = 0,
            RetentionWeight = 0,
            EquityWeight = 0,
            SafetyWeight = 0,
            FacilitationWeight = 0,
            OutcomesWeight = 0,
            ReferralWeight = 0,
        };

        var failure = Assert.Single(new GroupHealthOptionsValidator().Validate(null, options).Failures ?? []);
        Assert.StartsWith("AttendanceWeight, RetentionWeight, EquityWeight, SafetyWeight, FacilitationWeight, OutcomesWeight, ReferralWeight: ", failure, StringComparison.Ordinal);
        Assert.EndsWith("At least one component weight must be greater than 0; all were 0.", failure, StringComparison.Ordinal);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));
        Assert.Equal(nameof(GroupHealthOptions.AttendanceWeight), error.ParamName);
        Assert.Contains(failure, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GroupHealthOptions_OneWeightLeft_Accepted()
    {
        var options = new GroupHealthOptions
        {
            AttendanceWeight = 0,
            RetentionWeight = 0,
            EquityWeight = 0,
            SafetyWeight = 0,
            FacilitationWeight = 0,
            OutcomesWeight = 0,
            ReferralWeight = double.Epsilon,
        };

        options.Validate();
    }

    [Fact]
    public void Validate_SeveralBadValues_ListsEveryOneAndNamesTheFirst()
    {
        var options = new CohortComparisonOptions { MinimumCellSize = 0, MinimumGroupsPerModel = 0 };

        Assert.Equal(2, new CohortComparisonOptionsValidator().Validate(null, options).Failures?.Count());
        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        Assert.Equal(nameof(CohortComparisonOptions.MinimumCellSize), error.ParamName);
        Assert.Contains("CohortComparisonOptions.MinimumCellSize must be between 1 and 1000.", error.Message, StringComparison.Ordinal);
        Assert.Contains("CohortComparisonOptions.MinimumGroupsPerModel must be between 1 and 10000.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validators_InTheOptionsPipeline_RejectBadOptionsOnFirstUse()
    {
        var services = new ServiceCollection();
        services.AddOptions<EngagementOptions>().Configure(o => o.StreakTarget = 0);
        services.AddSingleton<IValidateOptions<EngagementOptions>, EngagementOptionsValidator>();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EngagementOptions>>().Value);

        Assert.Contains("StreakTarget: The field EngagementOptions.StreakTarget must be between 1 and 1000.", error.Message, StringComparison.Ordinal);
    }

    private static SimulationOptions SimulationWithoutIncompleteAssessments()
        => new() { MissingItemRate = 0, MissingBeyondLimitRate = 0, TotalOnlyRate = 0 };

    private static T Set<T>(T options, string option, object value)
    {
        typeof(T).GetProperty(option)!.SetValue(options, value);
        return options;
    }

    private static void AssertRejected(ValidateOptionsResult result, Action validate, string option, string rule)
    {
        var failure = Assert.Single(result.Failures ?? []);
        Assert.Equal($"{option}: The field {rule}", failure);
        var error = Assert.Throws<ArgumentOutOfRangeException>(validate);
        Assert.Equal(option, error.ParamName);
        Assert.Contains(failure, error.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, object, string> Rejected(OptionRange[] ranges)
    {
        var data = new TheoryData<string, object, string>();
        foreach (var range in ranges)
        {
            foreach (var value in range.Rejected())
            {
                data.Add(range.Option, value, range.Rule);
            }
        }

        return data;
    }

    private static TheoryData<string, object> Accepted(OptionRange[] ranges)
    {
        var data = new TheoryData<string, object>();
        foreach (var range in ranges)
        {
            data.Add(range.Option, range.Lowest);
            data.Add(range.Option, range.Highest);
        }

        return data;
    }

    /// <summary>An option's documented range: integer ends are inclusive; a real end may be exclusive.</summary>
    private sealed record OptionRange(string Option, object Minimum, object Maximum, bool MinimumIsExclusive = false, bool MaximumIsExclusive = false)
    {
        /// <summary>Gets the rule as the validator words it, e.g. "must be between 0 exclusive and 1.".</summary>
        public string Rule => string.Create(
            CultureInfo.InvariantCulture,
            $"must be between {Minimum}{(MinimumIsExclusive ? " exclusive" : "")} and {Maximum}{(MaximumIsExclusive ? " exclusive" : "")}.");

        public object Lowest => Minimum switch
        {
            int min => (object)min,
            double min => MinimumIsExclusive ? Math.BitIncrement(min) : min,
            _ => throw new InvalidOperationException(),
        };

        public object Highest => Maximum switch
        {
            int max => (object)max,
            double max => MaximumIsExclusive ? Math.BitDecrement(max) : max,
            _ => throw new InvalidOperationException(),
        };

        public IEnumerable<object> Rejected() => (Minimum, Maximum) switch
        {
            (int min, int max) => [min - 1, max + 1],
            (double min, double max) =>
            [
                MinimumIsExclusive ? min : Math.BitDecrement(min),
                MaximumIsExclusive ? max : Math.BitIncrement(max),
                double.NaN,
            ],
            _ => throw new InvalidOperationException(),
        };
    }
}
