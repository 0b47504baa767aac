using PeerSupport.Analytics.Simulation;

namespace PeerSupport.Analytics.Tests.Simulation;

public sealed class SimulationOptionsTests
{
    public static TheoryData<Action<SimulationOptions>, string> BadOptions => new()
    {
        { o => o.GroupCount = 0, "GroupCount must be between 1 and 100000, was 0." },
        { o => o.GroupCount = 100_001, "GroupCount must be between 1 and 100000, was 100001." },
        { o => o.InitialMembersPerGroup = 0, "InitialMembersPerGroup must be between 1 and 500, was 0." },
        { o => o.JoinsPerGroupPerWeek = -0.5, "JoinsPerGroupPerWeek must be between 0 and 20, was -0.5." },
        { o => o.JoinsPerGroupPerWeek = double.NaN, "JoinsPerGroupPerWeek must be between 0 and 20, was NaN." },
        { o => o.Weeks = 521, "Weeks must be between 1 and 520, was 521." },
        { o => o.StartDate = new DateOnly(1899, 12, 31), "StartDate must be between 1900-01-01 and 2200-12-31, was 1899-12-31." },
        { o => o.MembershipWeeks = 0, "MembershipWeeks must be between 1 and 520, was 0." },
        { o => o.PeerLedWeight = -1, "PeerLedWeight must be a finite number of at least 0, was -1." },
        { o => o.CoFacilitatedWeight = double.PositiveInfinity, "CoFacilitatedWeight must be a finite number of at least 0, was Infinity." },
        { o => o.ElevatedAcuityShare = 1.5, "ElevatedAcuityShare must be a probability between 0 and 1, was 1.5." },
        { o => o.ProgrammeShare = -0.1, "ProgrammeShare must be a probability between 0 and 1, was -0.1." },
        { o => o.BaselinePhq9Mean = 28, "BaselinePhq9Mean must be between 0 and 27, was 28." },
        { o => o.BaselinePhq9StandardDeviation = 16, "BaselinePhq9StandardDeviation must be between 0 and 15, was 16." },
        { o => o.ElevatedAcuityBaselineShift = 30, "ElevatedAcuityBaselineShift must be between -27 and 27, was 30." },
        { o => o.Phq9Icc = 0.95, "Phq9Icc must be between 0 and 0.9, was 0.95." },
        { o => o.WeeklyChangePeerLed = -3, "WeeklyChangePeerLed must be between -2 and 2, was -3." },
        { o => o.WeeklyChangeCoFacilitated = 3, "WeeklyChangeCoFacilitated must be between -2 and 2, was 3." },
        { o => o.WeeklyChangeProfessionalLed = 2.5, "WeeklyChangeProfessionalLed must be between -2 and 2, was 2.5." },
        { o => o.DeteriorationShare = 2, "DeteriorationShare must be a probability between 0 and 1, was 2." },
        { o => o.DeteriorationPerWeek = -0.1, "DeteriorationPerWeek must be between 0 and 2, was -0.1." },
        { o => o.MeasurementStandardDeviation = 11, "MeasurementStandardDeviation must be between 0 and 10, was 11." },
        { o => o.DropoutHazardPerWeek = 1.1, "DropoutHazardPerWeek must be a probability between 0 and 1, was 1.1." },
        { o => o.PeerLedDropoutMultiplier = -1, "PeerLedDropoutMultiplier must be between 0 and 10, was -1." },
        { o => o.ElevatedAcuityDropoutMultiplier = 11, "ElevatedAcuityDropoutMultiplier must be between 0 and 10, was 11." },
        { o => o.TransferHazardPerWeek = -0.01, "TransferHazardPerWeek must be a probability between 0 and 1, was -0.01." },
        { o => o.AttendanceProbability = 1, "AttendanceProbability must be greater than 0 and less than 1, was 1." },
        { o => o.AttendanceProbability = 0, "AttendanceProbability must be greater than 0 and less than 1, was 0." },
        { o => o.AttendanceVariation = 6, "AttendanceVariation must be between 0 and 5, was 6." },
        { o => o.LateShare = 1.2, "LateShare must be a probability between 0 and 1, was 1.2." },
        { o => o.ExcusedShare = -1, "ExcusedShare must be a probability between 0 and 1, was -1." },
        { o => o.TalkMinutesPerSession = 601, "TalkMinutesPerSession must be between 0 and 600, was 601." },
        { o => o.SpeakingInequality = 4, "SpeakingInequality must be between 0 and 3, was 4." },
        { o => o.Phq9Gad7IntervalWeeks = -1, "Phq9Gad7IntervalWeeks must be between 0 and 52, was -1." },
        { o => o.Who5IntervalWeeks = 53, "Who5IntervalWeeks must be between 0 and 52, was 53." },
        { o => o.K10IntervalWeeks = 60, "K10IntervalWeeks must be between 0 and 52, was 60." },
        { o => o.FollowUpCompletionRate = 1.01, "FollowUpCompletionRate must be a probability between 0 and 1, was 1.01." },
        { o => o.Item9PositiveRate = -0.2, "Item9PositiveRate must be a probability between 0 and 1, was -0.2." },
        { o => o.MissingItemRate = -0.5, "MissingItemRate must be a probability between 0 and 1, was -0.5." },
        { o => o.MissingBeyondLimitRate = -1, "MissingBeyondLimitRate must be a probability between 0 and 1, was -1." },
        { o => o.TotalOnlyRate = -0.25, "TotalOnlyRate must be a probability between 0 and 1, was -0.25." },
        { o => o.HarmfulIncidentRate = 6, "HarmfulIncidentRate must be between 0 and 5, was 6." },
        { o => o.PeerLedHarmMultiplier = 21, "PeerLedHarmMultiplier must be between 0 and 20, was 21." },
        { o => o.ConflictRate = -1, "ConflictRate must be between 0 and 5, was -1." },
        { o => o.CrisisDisclosureRate = 5.5, "CrisisDisclosureRate must be between 0 and 5, was 5.5." },
        { o => o.UnattributedIncidentShare = 2, "UnattributedIncidentShare must be a probability between 0 and 1, was 2." },
        { o => o.CredentialLapseShare = -0.5, "CredentialLapseShare must be a probability between 0 and 1, was -0.5." },
        { o => o.UncredentialedPeerShare = 1.5, "UncredentialedPeerShare must be a probability between 0 and 1, was 1.5." },
        { o => o.FacilitatorAbsenceRate = 3, "FacilitatorAbsenceRate must be a probability between 0 and 1, was 3." },
        { o => o.ReferralRecordRate = -2, "ReferralRecordRate must be a probability between 0 and 1, was -2." },
        { o => o.ReferredOnShare = 1.1, "ReferredOnShare must be a probability between 0 and 1, was 1.1." },
        { o => o.ShareScoresConsentRate = -0.1, "ShareScoresConsentRate must be a probability between 0 and 1, was -0.1." },
        { o => o.ResearchConsentRate = 9, "ResearchConsentRate must be a probability between 0 and 1, was 9." },
    };

    [Fact]
    public void Validate_Defaults_NoProblems()
        => Assert.Empty(new SimulationOptions().Validate());

    [Fact]
    public void Defaults_AreTheDocumentedValues()
    {
        var options = new SimulationOptions();

        Assert.Equal(1, options.Seed);
        Assert.Equal(20, options.GroupCount);
        Assert.Equal(10, options.InitialMembersPerGroup);
        Assert.Equal(24, options.Weeks);
        Assert.Equal(16, options.MembershipWeeks);
        Assert.Equal(new DateOnly(2025, 1, 6), options.StartDate);
        Assert.Equal(0.05, options.Phq9Icc);
        Assert.Equal(4, options.Phq9Gad7IntervalWeeks);
        Assert.Equal(2.5, options.PeerLedHarmMultiplier);
        Assert.True(options.RecordSpeaking);
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Validate_BadOption_NamesTheOptionTheRuleAndTheValue(Action<SimulationOptions> spoil, string expected)
    {
        var options = new SimulationOptions();
        spoil(options);

        Assert.Equal([expected], options.Validate());
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void CohortSimulator_BadOption_ThrowsArgumentExceptionWithTheProblem(Action<SimulationOptions> spoil, string expected)
    {
        var options = new SimulationOptions();
        spoil(options);

        var error = Assert.Throws<ArgumentException>(() => new CohortSimulator(options));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Validate_AllFacilitationWeightsZero_ReportsTheMix()
    {
        var options = new SimulationOptions { PeerLedWeight = 0, CoFacilitatedWeight = 0, ProfessionalLedWeight = 0 };

        Assert.Equal(["PeerLedWeight, CoFacilitatedWeight and ProfessionalLedWeight must not all be 0."], options.Validate());
    }

    [Fact]
    public void Validate_IncompleteAssessmentSharesAboveOne_ReportsTheSum()
    {
        var options = new SimulationOptions { MissingItemRate = 0.5, MissingBeyondLimitRate = 0.3, TotalOnlyRate = 0.4 };

        Assert.Equal(["MissingItemRate + MissingBeyondLimitRate + TotalOnlyRate must be at most 1, was 1.2."], options.Validate());
    }

    [Fact]
    public void Validate_SeveralBadOptions_ReportsEveryOne()
    {
        var options = new SimulationOptions { GroupCount = 0, Weeks = 0, LateShare = 2 };

        var problems = options.Validate();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("GroupCount", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Weeks", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("LateShare", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BoundaryValues_AreAccepted()
    {
        var options = new SimulationOptions
        {
            GroupCount = 1,
            Weeks = 1,
            MembershipWeeks = 1,
            JoinsPerGroupPerWeek = 0,
            PeerLedWeight = 0,
            CoFacilitatedWeight = 0,
            Phq9Icc = 0,
            Phq9Gad7IntervalWeeks = 0,
            Who5IntervalWeeks = 0,
            K10IntervalWeeks = 0,
            MissingItemRate = 0.5,
            MissingBeyondLimitRate = 0.25,
            TotalOnlyRate = 0.25,
            StartDate = SimulationOptions.MaxStartDate,
        };

        Assert.Empty(options.Validate());
    }
}
