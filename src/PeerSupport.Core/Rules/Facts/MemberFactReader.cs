using System.Globalization;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Facts;

/// <summary>
/// Reads the member facts of <see cref="PeerSupportFacts"/> from a member's history as of a date. Data dated after the date are invisible;
/// windows mean <c>0 ≤ asOf − date ≤ N</c> days. Instrument facts (total, items, severity, change) exist only when the
/// latest assessment (ties on a date: dataset order) is inside the assessment window; baseline, previous, daysSince and
/// the most recent values (<c>lastTotal</c>, <c>lastItemN</c>) are not windowed; there is no fallback to older assessments.
/// </summary>
/// <remarks>Not thread-safe (it caches per reader); create one per subject and evaluation.</remarks>
public sealed class MemberFactReader : IFactReader
{
    private readonly MemberHistory _member;
    private readonly DateOnly _asOf;
    private readonly int _windowDays;
    private readonly HostFacts _host;

    /// <summary>Creates a reader.</summary>
    /// <param name="member">The member's history.</param>
    /// <param name="asOf">The decision date.</param>
    /// <param name="assessmentWindowDays">The assessment window in days (1–3650).</param>
    /// <param name="hostFacts">Host-registered fact functions, or null.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="member"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="assessmentWindowDays"/> is outside 1–3650.</exception>
    public MemberFactReader(MemberHistory member, DateOnly asOf, int assessmentWindowDays = 30, HostFacts? hostFacts = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentOutOfRangeException.ThrowIfLessThan(assessmentWindowDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(assessmentWindowDays, Language.ConditionLimits.MaxWindowDays);
        _member = member;
        _asOf = asOf;
        _windowDays = assessmentWindowDays;
        _host = hostFacts ?? HostFacts.None;
    }

    /// <inheritdoc/>
    public FactValue Read(in FactRequest request)
    {
        var name = request.Name;
        if (_host.Member.TryGetValue(name, out var function))
        {
            return function(_member, _asOf, request);
        }

        return PeerSupportFacts.MemberReaders.TryGetValue(name, out var read)
            ? read(this, request)
            : throw new RuleEvaluationException($"no member fact provider for '{request.Key}'; register one with HostFacts.WithMemberFact");
    }

    internal PeerGroup Group => _member.Group;

    internal FactValue MembershipDays() => FactValue.FromNumber(Math.Max(0, _asOf.DayNumber - _member.Member.JoinedOn.DayNumber));

    internal FactValue ProgrammeProgress() => _member.ProgressAsOf(_asOf) is { } progress ? FactValue.FromNumber(progress.Fraction) : FactValue.Absent;

    internal FactValue ReferralOpen(string? target)
    {
        foreach (var referral in _member.Referrals)
        {
            if (referral.Date <= _asOf && referral.IsOpen && referral.Target.Value == target)
            {
                return FactValue.FromBoolean(true);
            }
        }

        return FactValue.FromBoolean(false);
    }

    internal static bool InWindow(DateOnly date, DateOnly asOf, int windowDays)
    {
        var age = asOf.DayNumber - date.DayNumber;
        return age >= 0 && age <= windowDays;
    }

    internal FactValue ReadInstrument(InstrumentId instrument, string suffix)
    {
        var series = _member.AssessmentsOf(instrument, _asOf);
        switch (suffix)
        {
            case "count":
                return FactValue.FromNumber(series.Length);
            case "countInWindow":
                {
                    var count = 0;
                    foreach (var assessment in series)
                    {
                        count += InWindow(assessment.Date, _asOf, _windowDays) ? 1 : 0;
                    }

                    return FactValue.FromNumber(count);
                }

            case "daysSince":
                return series.IsEmpty ? FactValue.Absent : FactValue.FromNumber(_asOf.DayNumber - series[^1].Date.DayNumber);
            case "baseline":
                return series.IsEmpty ? FactValue.Absent : Total(series[0]);
            case "previous":
                return series.Length < 2 ? FactValue.Absent : Total(series[^2]);
            case "attendedSinceBaseline":
                return series.IsEmpty ? FactValue.Absent : FactValue.FromNumber(Attended(series[0].Date));
            case "lastTotal":
                return series.IsEmpty ? FactValue.Absent : Total(series[^1]);
            default:
                if (suffix.StartsWith("lastItem", StringComparison.Ordinal))
                {
                    return series.IsEmpty ? FactValue.Absent : Item(series[^1], suffix.AsSpan(8));
                }

                break;
        }

        if (series.IsEmpty || !InWindow(series[^1].Date, _asOf, _windowDays))
        {
            return FactValue.Absent;
        }

        var latest = series[^1];
        switch (suffix)
        {
            case "total":
                return Total(latest);
            case "change":
                {
                    var now = latest.Score.Total;
                    var baseline = series[0].Score.Total;
                    return now is int n && baseline is int b ? FactValue.FromNumber(n - b) : FactValue.Missing;
                }

            case "severity":
                return latest.Score.Total is null || latest.Score.Band is null
                    ? FactValue.Missing
                    : FactValue.FromText(PeerSupportFacts.BandValue(latest.Score.Band.Label));
            default:
                if (suffix.StartsWith("item", StringComparison.Ordinal))
                {
                    return Item(latest, suffix.AsSpan(4));
                }

                throw new RuleEvaluationException($"no member fact provider for '{instrument.FactPrefix}.{suffix}'");
        }
    }

    /// <summary>Item N of an assessment; missing when the item is blank or the assessment has a total only (never imputed).</summary>
    private static FactValue Item(ScoredAssessment assessment, ReadOnlySpan<char> number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var item))
        {
            throw new RuleEvaluationException($"no member fact provider for item '{number}'");
        }

        if (assessment.Score.IsTotalOnly || item < 1 || item > assessment.Score.Items.Count)
        {
            return FactValue.Missing;
        }

        return assessment.Score.GetItem(item) is int value ? FactValue.FromNumber(value) : FactValue.Missing;
    }

    private static FactValue Total(ScoredAssessment assessment) => assessment.Score.Total is int total ? FactValue.FromNumber(total) : FactValue.Missing;

    /// <summary>Most recent sessions missed in a row; excused sessions neither break nor extend the streak.</summary>
    internal int ConsecutiveAbsences()
    {
        var entries = _member.AttendanceAsOf(_asOf);
        var streak = 0;
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var status = entries[i].Status;
            if (status == AttendanceStatus.Excused)
            {
                continue;
            }

            if (status == AttendanceStatus.Absent)
            {
                streak++;
                continue;
            }

            break;
        }

        return streak;
    }

    /// <summary>Attended share of the member's last 8 sessions that were not excused.</summary>
    internal FactValue AttendanceRate()
    {
        var entries = _member.AttendanceAsOf(_asOf);
        int considered = 0, attended = 0;
        for (var i = entries.Length - 1; i >= 0 && considered < 8; i--)
        {
            if (entries[i].Status == AttendanceStatus.Excused)
            {
                continue;
            }

            considered++;
            attended += entries[i].Attended ? 1 : 0;
        }

        return considered == 0 ? FactValue.Absent : FactValue.FromNumber((double)attended / considered);
    }

    /// <summary>Sessions attended (present or late) dated after <paramref name="after"/> and on or before the decision date.</summary>
    internal int Attended(DateOnly after)
    {
        var count = 0;
        foreach (var entry in _member.AttendanceAsOf(_asOf))
        {
            count += entry.Attended && entry.Date > after ? 1 : 0;
        }

        return count;
    }

    internal FactValue DaysSinceLastAttended()
    {
        var entries = _member.AttendanceAsOf(_asOf);
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            if (entries[i].Attended)
            {
                return FactValue.FromNumber(_asOf.DayNumber - entries[i].Date.DayNumber);
            }
        }

        return FactValue.Absent;
    }

    internal FactValue GoalsTScore()
    {
        var goals = _member.LatestGoalsAsOf(_asOf);
        return goals.Count == 0 ? FactValue.Absent : FactValue.FromNumber(Math.Clamp(GoalAttainmentScaling.TScore([.. goals]), 0, 100));
    }

    internal FactValue DaysSinceLastReferral(string? target)
    {
        DateOnly? last = null;
        foreach (var referral in _member.Referrals)
        {
            if (referral.Date <= _asOf && referral.Target.Value == target && (last is null || referral.Date > last))
            {
                last = referral.Date;
            }
        }

        return last is { } date ? FactValue.FromNumber(_asOf.DayNumber - date.DayNumber) : FactValue.Absent;
    }

    internal int CountIncidents(IncidentKind kind, int windowDays)
    {
        var count = 0;
        foreach (var entry in _member.Incidents)
        {
            if (InWindow(entry.Date, _asOf, windowDays) && entry.Incident.Kind == kind)
            {
                count++;
            }
        }

        return count;
    }
}
