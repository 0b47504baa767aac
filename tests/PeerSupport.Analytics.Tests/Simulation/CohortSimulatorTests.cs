using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Serialization;

namespace PeerSupport.Analytics.Tests.Simulation;

public sealed class CohortSimulatorTests
{
    private const string PinnedFingerprint = "F3AE74A38DE56B02E649E87B4B8F93493F62C7D074C4BD7F840B2264272E8670";

    private static SimulationOptions Small(long seed = 1) => new() { Seed = seed, GroupCount = 6, Weeks = 12 };

    [Fact]
    public void Simulate_SameOptionsTwice_IdenticalJson()
    {
        var first = DatasetJson.Serialize(new CohortSimulator(Small(17)).Simulate());
        var second = DatasetJson.Serialize(new CohortSimulator(Small(17)).Simulate());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Simulate_DifferentSeed_DifferentJson()
    {
        var first = DatasetJson.Serialize(new CohortSimulator(Small(17)).Simulate());
        var second = DatasetJson.Serialize(new CohortSimulator(Small(18)).Simulate());

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Simulate_AnySeed_DatasetFitsTheCsvFormat()
    {
        // CSV format version 1 has no column for a group's focus or module titles: simulated data must round-trip.
        var dataset = new CohortSimulator(Small(99)).Simulate();
        Assert.All(dataset.Groups, g => Assert.Null(g.Focus));
        Assert.All(dataset.Programmes.SelectMany(p => p.Modules), m => Assert.True(m.Title is null && m.Goal is null));
        Assert.All(dataset.Facilitators, f => Assert.True(f.Credential is null || f.Credential.Scope == f.Role));
    }

    [Fact]
    public void Simulate_PinnedSeed_MatchesThePinnedFingerprint()
    {
        // A digest of every simulated value, written without DatasetJson so that only a change to the simulator
        // (or to floating-point behaviour on a new platform) changes it. If the model is changed on purpose,
        // update the pinned value and say so in the change notes: the same seed then gives different data.
        var dataset = new CohortSimulator(Small(2024)).Simulate();

        var fingerprint = Fingerprint(dataset);
        Assert.True(fingerprint == PinnedFingerprint, $"The simulated data changed: fingerprint {fingerprint}, pinned {PinnedFingerprint}.");
    }

    [Fact]
    public void DocsExample_Compiles_AndGivesTheDescribedDataset()
    {
        // The example of docs/simulator.md, kept here so it keeps compiling.
        var options = new SimulationOptions
        {
            Seed = 42,
            GroupCount = 60,
            Weeks = 26,
            PeerLedWeight = 0.5,
            CoFacilitatedWeight = 0.5,
            ProfessionalLedWeight = 0,
            Phq9Icc = 0.08,
        };

        var simulator = new CohortSimulator(options);
        var dataset = simulator.Simulate();
        var json = DatasetJson.Serialize(dataset);

        Assert.Equal("simulated, seed 42", dataset.Metadata.Source);
        Assert.DoesNotContain(dataset.Groups, g => g.FacilitationModel == FacilitationModel.ProfessionalLed);
        Assert.Equal(json, DatasetJson.Serialize(new CohortSimulator(options).Simulate()));
    }

    [Fact]
    public void Simulate_MetadataSaysSimulatedWithTheSeed()
    {
        var simulator = new CohortSimulator(Small(-5));
        var dataset = simulator.Simulate();

        Assert.Equal("simulated, seed -5", dataset.Metadata.Source);
        Assert.Equal(simulator.EndDate, dataset.Metadata.Created);
        Assert.Equal(new DateOnly(2025, 3, 30), simulator.EndDate);
        Assert.False(string.IsNullOrEmpty(dataset.Metadata.Title));
        Assert.Equal(-5, simulator.Seed);
    }

    [Fact]
    public void Simulate_MoreGroups_LeavesTheFirstGroupsUnchanged()
    {
        var few = new CohortSimulator(new SimulationOptions { Seed = 3, GroupCount = 4, Weeks = 10 }).Simulate();
        var many = new CohortSimulator(new SimulationOptions { Seed = 3, GroupCount = 9, Weeks = 10 }).Simulate();

        var firstFour = many.MemberHistories.Where(h => string.CompareOrdinal(h.Member.GroupId.Value, "G005") < 0).ToArray();
        Assert.Equal(few.Members.Select(Describe), firstFour.Select(h => Describe(h.Member)));
        Assert.Equal(
            few.Assessments.Select(a => a.Score.ToString()),
            many.Assessments.Where(a => string.CompareOrdinal(a.Assessment.MemberId.Value, "G005") < 0).Select(a => a.Score.ToString()));
    }

    [Fact]
    public void Simulate_OptionsChangedAfterConstruction_SimulatorUnaffected()
    {
        var options = Small(8);
        var simulator = new CohortSimulator(options);
        var before = DatasetJson.Serialize(simulator.Simulate());

        options.Seed = 9;
        options.GroupCount = 1;

        Assert.Equal(before, DatasetJson.Serialize(simulator.Simulate()));
    }

    [Fact]
    public void Simulate_NullOptions_UsesDefaults()
    {
        var dataset = new CohortSimulator().Simulate();

        Assert.Equal(20, dataset.Groups.Length);
        Assert.Equal("simulated, seed 1", dataset.Metadata.Source);
    }

    [Fact]
    public void Simulate_RoundTripsThroughDatasetJson()
    {
        var json = DatasetJson.Serialize(new CohortSimulator(Small(4)).Simulate());

        var read = DatasetJson.Read(json);

        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Errors.Take(5)));
        Assert.Equal(json, DatasetJson.Serialize(read.GetValueOrThrow()));
    }

    [Fact]
    public void CreateBuilder_ReturnsUnbuiltRecordsThatBuildToTheSameDataset()
    {
        var simulator = new CohortSimulator(Small(6));
        var builder = simulator.CreateBuilder();

        Assert.Equal(DatasetJson.Serialize(simulator.Simulate()), DatasetJson.Serialize(builder.Build().GetValueOrThrow()));
    }

    [Property(MaxTest = 40)]
    public Property Simulate_AnySeedAndSmallSize_BuildsWithoutErrorsOrWarnings(long seed, PositiveInt groups, PositiveInt initial, PositiveInt weeks, PositiveInt membership)
    {
        var options = new SimulationOptions
        {
            Seed = seed,
            GroupCount = 1 + (groups.Get % 5),
            InitialMembersPerGroup = 1 + (initial.Get % 12),
            Weeks = 1 + (weeks.Get % 30),
            MembershipWeeks = 1 + (membership.Get % 20),
            JoinsPerGroupPerWeek = (seed & 3) * 0.5,
            MissingItemRate = 0.2,
            MissingBeyondLimitRate = 0.1,
            TotalOnlyRate = 0.1,
            HarmfulIncidentRate = 0.3,
            CrisisDisclosureRate = 0.2,
        };

        var result = new CohortSimulator(options).CreateBuilder().Build();

        return (result.Succeeded && result.Problems.IsEmpty && result.Dataset.Groups.Length == options.GroupCount
                && result.Dataset.Members.Length >= options.GroupCount * options.InitialMembersPerGroup)
            .Label(string.Join(" | ", result.Problems.Take(3)));
    }

    [Property(MaxTest = 25)]
    public Property Simulate_AnySeed_EveryMemberAttendsOnlyInsideTheMembershipWithARowPerSession(long seed)
    {
        var dataset = new CohortSimulator(new SimulationOptions { Seed = seed, GroupCount = 3, Weeks = 20, JoinsPerGroupPerWeek = 1 }).Simulate();

        var ok = dataset.MemberHistories.All(h =>
            h.Attendance.All(e => e.Record is not null && h.Member.IsMemberOn(e.Session.Date))
            && h.Attendance.Length == dataset.GetGroup(h.Member.GroupId).Sessions.Count(s => h.Member.IsMemberOn(s.Date)));
        return ok.ToProperty();
    }

    [Property(MaxTest = 25)]
    public Property Simulate_AnySeed_ItemsInRangeAndTotalsConsistent(long seed)
    {
        var dataset = new CohortSimulator(new SimulationOptions { Seed = seed, GroupCount = 3, Weeks = 16 }).Simulate();

        var ok = dataset.Assessments.All(a =>
        {
            var definition = dataset.Instruments.Get(a.Instrument);
            var itemsOk = a.Assessment.Items.All(i => i is null || (i >= definition.ItemMin && i <= definition.ItemMax));
            var totalOk = a.Score.Total is null || (a.Score.Total >= definition.TotalMin && a.Score.Total <= definition.TotalMax);
            var answered = a.Assessment.Items.Count(i => i is not null);
            var sumOk = a.Assessment.Items.IsEmpty || answered < definition.ItemCount || a.Assessment.Items.Sum() == a.Score.Total;
            return itemsOk && totalOk && sumOk;
        });
        return ok.ToProperty();
    }

    [Fact]
    public void Simulate_OnlyPeerLedWeight_AllGroupsPeerLed()
    {
        var dataset = new CohortSimulator(new SimulationOptions { GroupCount = 10, Weeks = 2, CoFacilitatedWeight = 0, ProfessionalLedWeight = 0 }).Simulate();

        Assert.All(dataset.Groups, g => Assert.Equal(FacilitationModel.PeerLed, g.FacilitationModel));
        Assert.All(dataset.Facilitators, f => Assert.NotEqual(FacilitatorRole.LicensedClinician, f.Role));
    }

    [Fact]
    public void Simulate_BaselineOnlySchedule_OneAssessmentPerInstrumentAndMember()
    {
        var options = new SimulationOptions { GroupCount = 3, Weeks = 20, Phq9Gad7IntervalWeeks = 0, Who5IntervalWeeks = 0, K10IntervalWeeks = 0 };
        var dataset = new CohortSimulator(options).Simulate();

        Assert.All(dataset.MemberHistories, h => Assert.Equal(4, h.Assessments.Length));
    }

    [Fact]
    public void Simulate_SpeakingNotRecorded_NoSpeakingData()
    {
        var dataset = new CohortSimulator(new SimulationOptions { GroupCount = 2, Weeks = 3, RecordSpeaking = false }).Simulate();

        Assert.All(dataset.Attendance, r => Assert.True(r.SpeakingMinutes is null && r.Turns is null));
    }

    [Fact]
    public void Simulate_StartDate_GroupsMeetInTheFirstWeekAndWeeklyAfter()
    {
        var start = new DateOnly(2030, 6, 3);
        var dataset = new CohortSimulator(new SimulationOptions { GroupCount = 8, Weeks = 5, StartDate = start }).Simulate();

        Assert.All(dataset.GroupHistories, g =>
        {
            Assert.InRange(g.Sessions[0].Date, start, start.AddDays(6));
            Assert.Equal(Enumerable.Range(0, 5).Select(w => g.Sessions[0].Date.AddDays(7 * w)), g.Sessions.Select(s => s.Date));
        });
    }

    private static string Describe(Member m)
        => string.Create(CultureInfo.InvariantCulture, $"{m.Id}|{m.JoinedOn:yyyy-MM-dd}|{m.LeftOn:yyyy-MM-dd}|{m.LeavingReason}|{m.Consent.ShareScores}|{m.Consent.Research}");

    private static string Fingerprint(PeerSupportDataset dataset)
    {
        var text = new StringBuilder();
        foreach (var g in dataset.Groups)
        {
            text.Append(CultureInfo.InvariantCulture, $"{g.Id}|{g.FacilitationModel}|{g.Acuity}|{g.Modality}|{g.Capacity}|{g.ProgrammeId}|{g.StartedOn:yyyy-MM-dd}|{g.Focus}\n");
        }

        foreach (var f in dataset.Facilitators)
        {
            text.Append(CultureInfo.InvariantCulture, $"{f.Id}|{f.Role}|{f.Credential?.Name}|{f.Credential?.Scope}|{f.Credential?.ExpiresOn:yyyy-MM-dd}\n");
        }

        foreach (var m in dataset.Members)
        {
            text.Append(Describe(m)).Append('\n');
        }

        foreach (var s in dataset.Sessions)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Id}|{s.Date:yyyy-MM-dd}|{string.Join(';', s.FacilitatorIds)}|{s.ProgrammeModule}\n");
        }

        foreach (var a in dataset.Attendance)
        {
            text.Append(CultureInfo.InvariantCulture, $"{a.SessionId}|{a.MemberId}|{a.Status}|{a.SpeakingMinutes:R}|{a.Turns}\n");
        }

        foreach (var a in dataset.Assessments.Select(s => s.Assessment))
        {
            // Items are padded to the instrument's item count: Core drops trailing unanswered items, and the
            // fingerprint is of the simulated answers, not of that representation.
            var items = a.Items.IsEmpty ? [] : a.Items.Concat(Enumerable.Repeat<int?>(null, dataset.Instruments.Get(a.Instrument).ItemCount - a.Items.Length));
            text.Append(CultureInfo.InvariantCulture, $"{a.MemberId}|{a.Instrument}|{a.Date:yyyy-MM-dd}|{string.Join(',', items)}|{a.Total}\n");
        }

        foreach (var i in dataset.Incidents)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i.Id}|{i.SessionId}|{i.Kind}|{i.MemberId}|{i.Severity}\n");
        }

        foreach (var r in dataset.Referrals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.Id}|{r.MemberId}|{r.Date:yyyy-MM-dd}|{r.Target}|{r.Priority}|{r.Status}|{r.RuleId}\n");
        }

        foreach (var r in dataset.Goals)
        {
            text.Append(CultureInfo.InvariantCulture, $"{r.MemberId}|{r.GoalId}|{r.Attainment}|{r.Date:yyyy-MM-dd}|{r.Weight:R}\n");
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
