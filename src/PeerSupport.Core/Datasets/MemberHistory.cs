using System.Collections.Immutable;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Datasets;

/// <summary>
/// Everything a dataset holds about one member, ordered and indexed once when the dataset is built:
/// the attendance record over the group's sessions inside the membership, the assessment series,
/// incidents naming the member, referrals and goal ratings. Immutable and thread-safe.
/// </summary>
public sealed class MemberHistory
{
    // A member has a handful of instruments at most: a linear scan of a small array beats building a hashed
    // (let alone frozen) dictionary for every member of a large dataset.
    private readonly (InstrumentId Instrument, ImmutableArray<ScoredAssessment> Series)[] _byInstrument;

    internal MemberHistory(
        Member member,
        PeerGroup group,
        Programme? programme,
        ImmutableArray<AttendanceEntry> attendance,
        ImmutableArray<ScoredAssessment> assessments,
        ImmutableArray<IncidentEntry> incidents,
        ImmutableArray<Referral> referrals,
        ImmutableArray<GoalRating> goals)
    {
        Member = member;
        Group = group;
        Programme = programme;
        Attendance = attendance;
        Assessments = assessments;
        Incidents = incidents;
        Referrals = referrals;
        Goals = goals;
        _byInstrument = ByInstrument(assessments);
    }

    /// <summary>Gets the member.</summary>
    public Member Member { get; }

    /// <summary>Gets the member's group.</summary>
    public PeerGroup Group { get; }

    /// <summary>Gets the programme the group follows, or <see langword="null"/>.</summary>
    public Programme? Programme { get; }

    /// <summary>
    /// Gets one entry per session of the member's group dated inside the membership, ordered by date
    /// (then dataset order). Sessions without an attendance row appear as implicit absences.
    /// </summary>
    public ImmutableArray<AttendanceEntry> Attendance { get; }

    /// <summary>Gets every assessment of the member, ordered by date and then dataset order.</summary>
    public ImmutableArray<ScoredAssessment> Assessments { get; }

    /// <summary>Gets the incidents naming the member, ordered by date.</summary>
    public ImmutableArray<IncidentEntry> Incidents { get; }

    /// <summary>Gets the member's referrals, ordered by date and then id.</summary>
    public ImmutableArray<Referral> Referrals { get; }

    /// <summary>Gets the member's goal ratings, ordered by date and then goal id.</summary>
    public ImmutableArray<GoalRating> Goals { get; }

    /// <summary>Gets the assessments of one instrument, ordered by date and then dataset order; empty when none.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <returns>The series.</returns>
    public ImmutableArray<ScoredAssessment> AssessmentsOf(InstrumentId instrument)
    {
        foreach (var (id, series) in _byInstrument)
        {
            if (id == instrument)
            {
                return series;
            }
        }

        return [];
    }

    /// <summary>Gets the attendance entries dated on or before <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>A prefix of <see cref="Attendance"/>.</returns>
    public ReadOnlySpan<AttendanceEntry> AttendanceAsOf(DateOnly asOf)
        => Attendance.AsSpan(0, DateIndex.CountOnOrBefore(Attendance, asOf, static e => e.Date));

    /// <summary>Gets the assessments of one instrument dated on or before <paramref name="asOf"/>.</summary>
    /// <param name="instrument">The instrument.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>A prefix of <see cref="AssessmentsOf(InstrumentId)"/>.</returns>
    public ReadOnlySpan<ScoredAssessment> AssessmentsOf(InstrumentId instrument, DateOnly asOf)
    {
        var series = AssessmentsOf(instrument);
        return series.AsSpan(0, DateIndex.CountOnOrBefore(series, asOf, static a => a.Date));
    }

    /// <summary>Gets the progress through the group's programme from sessions attended on or before <paramref name="asOf"/>, or <see langword="null"/> when the group follows no programme.</summary>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>The progress or <see langword="null"/>.</returns>
    public ProgrammeProgress? ProgressAsOf(DateOnly asOf)
    {
        if (Programme is null)
        {
            return null;
        }

        var covered = new SortedSet<int>();
        foreach (var entry in AttendanceAsOf(asOf))
        {
            if (entry.Attended && entry.Session.ProgrammeModule is { } module && module <= Programme.ModuleCount)
            {
                covered.Add(module);
            }
        }

        return new ProgrammeProgress(Programme, [.. covered]);
    }

    /// <summary>Gets the latest rating of each goal dated on or before <paramref name="asOf"/>, ordered by goal id.</summary>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>The latest ratings; empty when none.</returns>
    public IReadOnlyList<GoalRating> LatestGoalsAsOf(DateOnly asOf)
        => Goals.Where(g => g.Date <= asOf)
            .GroupBy(g => g.GoalId)
            .Select(g => g.Last())
            .OrderBy(g => g.GoalId)
            .ToArray();

    /// <summary>Returns the member id.</summary>
    public override string ToString() => Member.Id.Value;

    /// <summary>Splits the assessments by instrument, instruments in order of first appearance, each series in the given order.</summary>
    private static (InstrumentId Instrument, ImmutableArray<ScoredAssessment> Series)[] ByInstrument(ImmutableArray<ScoredAssessment> assessments)
    {
        if (assessments.IsEmpty)
        {
            return [];
        }

        var instruments = new List<InstrumentId>(2);
        foreach (var assessment in assessments)
        {
            if (!instruments.Contains(assessment.Instrument))
            {
                instruments.Add(assessment.Instrument);
            }
        }

        if (instruments.Count == 1)
        {
            return [(instruments[0], assessments)];
        }

        var result = new (InstrumentId, ImmutableArray<ScoredAssessment>)[instruments.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var count = 0;
            foreach (var assessment in assessments)
            {
                count += assessment.Instrument == instruments[i] ? 1 : 0;
            }

            var series = ImmutableArray.CreateBuilder<ScoredAssessment>(count);
            foreach (var assessment in assessments)
            {
                if (assessment.Instrument == instruments[i])
                {
                    series.Add(assessment);
                }
            }

            result[i] = (instruments[i], series.MoveToImmutable());
        }

        return result;
    }
}
