using System.Globalization;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// Generates a synthetic, realistic <see cref="PeerSupportDataset"/>: groups with a mix of facilitation models and
/// acuity, members joining and leaving over time, weekly sessions with attendance and unequal speaking time,
/// PHQ-9/GAD-7/WHO-5/K10 assessments on a schedule (with positive item 9 answers, missing items and total-only
/// rows), incidents, facilitators with expiring credentials, referrals and goal ratings. The model behind every
/// option is described in docs/simulator.md.
/// </summary>
/// <remarks>
/// <para>
/// Deterministic: the same options (including <see cref="SimulationOptions.Seed"/>) give an identical dataset on every
/// machine and .NET version. Each group is drawn from its own xoshiro256** stream derived from the seed and the
/// group's index, with the simulator's own uniform, normal and Poisson draws; nothing reads the wall clock or
/// iterates a hash-ordered collection. Adding groups leaves the records of the existing groups unchanged (apart from one more digit in every id from 1,000 groups on).
/// </para>
/// <para>Thread-safe: the options are copied and validated when the simulator is created; groups are simulated in parallel.</para>
/// </remarks>
public sealed class CohortSimulator
{
    private static readonly Programme[] s_programmes =
    [
        Programme.WithModuleCount(ProgrammeId.Create("P1"), "Coping skills", 8),
        Programme.WithModuleCount(ProgrammeId.Create("P2"), "Recovery planning", 10),
        Programme.WithModuleCount(ProgrammeId.Create("P3"), "Wellbeing and connection", 12),
    ];

    private readonly SimulationOptions _options;

    /// <summary>Initializes a simulator with a copy of the options.</summary>
    /// <param name="options">The options. The default value is <see cref="SimulationOptions"/> with its defaults.</param>
    /// <exception cref="ArgumentException">Thrown when an option breaks its rule; the message lists every broken rule, naming the option and the value.</exception>
    public CohortSimulator(SimulationOptions? options = null)
    {
        _options = (options ?? new SimulationOptions()).Clone();
        var problems = _options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid simulation options: " + string.Join(" ", problems), nameof(options));
        }
    }

    /// <summary>Gets the seed the simulator draws from.</summary>
    public long Seed => _options.Seed;

    /// <summary>Gets the last date a simulated session can fall on (groups meet on different weekdays of each week); the dataset's creation date.</summary>
    public DateOnly EndDate => _options.StartDate.AddDays((7 * (_options.Weeks - 1)) + 6);

    /// <summary>Simulates the cohort and builds the dataset.</summary>
    /// <returns>The dataset; its metadata source is "simulated, seed N".</returns>
    /// <exception cref="DatasetValidationException">Thrown when the simulated records fail validation, which would be a bug in the simulator.</exception>
    public PeerSupportDataset Simulate() => CreateBuilder().Build().GetValueOrThrow();

    /// <summary>Simulates the cohort into a new builder without building it, for callers that add records of their own first.</summary>
    /// <returns>A builder holding every simulated record, in a fixed order (by kind, then group, then time).</returns>
    public DatasetBuilder CreateBuilder()
    {
        var o = _options;
        var width = Math.Max(3, o.GroupCount.ToString(CultureInfo.InvariantCulture).Length);
        var groups = new GroupSimulation[o.GroupCount];
        var end = EndDate;
        Parallel.For(0, o.GroupCount, i =>
        {
            var groupId = "G" + (i + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var simulation = new GroupSimulation(o, i, groupId, s_programmes, end);
            simulation.Run();
            groups[i] = simulation;
        });

        var builder = new DatasetBuilder
        {
            Metadata = new DatasetMetadata(
                title: "Simulated peer support cohort",
                source: "simulated, seed " + o.Seed.ToString(CultureInfo.InvariantCulture),
                created: end),
        };
        foreach (var programme in s_programmes)
        {
            if (Array.Exists(groups, g => g.Group!.ProgrammeId == programme.Id))
            {
                builder.AddProgramme(programme);
            }
        }

        foreach (var g in groups)
        {
            builder.AddGroup(g.Group!);
        }

        foreach (var g in groups)
        {
            g.Facilitators.ForEach(f => builder.AddFacilitator(f));
        }

        foreach (var g in groups)
        {
            g.Members.ForEach(m => builder.AddMember(m));
        }

        foreach (var g in groups)
        {
            g.Sessions.ForEach(s => builder.AddSession(s));
        }

        foreach (var g in groups)
        {
            g.Attendance.ForEach(a => builder.AddAttendance(a));
        }

        foreach (var g in groups)
        {
            g.Assessments.ForEach(a => builder.AddAssessment(a));
        }

        foreach (var g in groups)
        {
            g.Incidents.ForEach(i => builder.AddIncident(i));
        }

        foreach (var g in groups)
        {
            g.Referrals.ForEach(r => builder.AddReferral(r));
        }

        foreach (var g in groups)
        {
            g.Goals.ForEach(r => builder.AddGoalRating(r));
        }

        return builder;
    }
}
