using PeerSupport.Analytics.Simulation;

namespace PeerSupport.Analytics.Tests.Simulation;

public sealed class SimulationOptionsTests
{
    // Every option's range, both ends, is checked in Options/OptionsValidationTests; these are the rules across options.

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
    [InlineData(-1)]
    [InlineData(1)]
    public void Validate_StartDateOutsideRange_NamesTheOptionTheRangeAndTheValue(int daysOutside)
    {
        var options = new SimulationOptions { StartDate = daysOutside < 0 ? SimulationOptions.MinStartDate.AddDays(-1) : SimulationOptions.MaxStartDate.AddDays(1) };

        var problem = Assert.Single(options.Validate());

        Assert.Equal(
            $"StartDate: The field SimulationOptions.StartDate must be between 1900-01-01 and 2200-12-31, was {options.StartDate:yyyy-MM-dd}.",
            problem);
        var error = Assert.Throws<ArgumentException>(() => new CohortSimulator(options));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StartDateRangeEnds_AreAccepted()
    {
        Assert.Empty(new SimulationOptions { StartDate = SimulationOptions.MinStartDate }.Validate());
        Assert.Empty(new SimulationOptions { StartDate = SimulationOptions.MaxStartDate }.Validate());
    }

    [Fact]
    public void Validate_AllFacilitationWeightsZero_ReportsTheMix()
    {
        var options = new SimulationOptions { PeerLedWeight = 0, CoFacilitatedWeight = 0, ProfessionalLedWeight = 0 };

        Assert.Equal(["PeerLedWeight, CoFacilitatedWeight, ProfessionalLedWeight: At least one facilitation-mix weight must be greater than 0; all were 0."], options.Validate());
    }

    [Fact]
    public void Validate_IncompleteAssessmentSharesAboveOne_ReportsTheSum()
    {
        var options = new SimulationOptions { MissingItemRate = 0.5, MissingBeyondLimitRate = 0.3, TotalOnlyRate = 0.4 };

        Assert.Equal(["MissingItemRate, MissingBeyondLimitRate, TotalOnlyRate: The incomplete-assessment shares must add up to at most 1, was 1.2."], options.Validate());
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
