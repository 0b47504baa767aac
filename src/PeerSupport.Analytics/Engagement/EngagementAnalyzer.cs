using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Engagement;

/// <summary>
/// Computes member engagement (attendance rate, streaks, days since last attended, participation share and the
/// engagement score 0–100) from a dataset as of an explicit date. One pass over the attendance rows: linear in the size of
/// the dataset. Immutable and thread-safe.
/// </summary>
public sealed class EngagementAnalyzer
{
    private readonly EngagementOptions _options;

    /// <summary>Initializes a new analyzer.</summary>
    /// <param name="options">The score settings. The default value is <see cref="EngagementOptions"/> with its defaults. The options are validated and copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range.</exception>
    public EngagementAnalyzer(EngagementOptions? options = null)
    {
        options ??= new EngagementOptions();
        options.Validate();
        _options = options.Copy();
    }

    /// <summary>Computes the engagement of every member who joined on or before <paramref name="asOf"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The as-of date (inclusive); nothing dated later is read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is null.</exception>
    public EngagementReport Analyze(PeerSupportDataset dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var speaking = new Dictionary<GroupId, Dictionary<SessionId, (double Total, int Speakers)>>(dataset.GroupHistories.Length);
        foreach (var group in dataset.GroupHistories)
        {
            speaking[group.Group.Id] = SessionSpeakingTotals.Of(group, asOf);
        }

        var members = new List<MemberEngagement>(dataset.MemberHistories.Length);
        foreach (var history in dataset.MemberHistories)
        {
            if (history.Member.JoinedOn <= asOf)
            {
                members.Add(Compute(history, asOf, speaking[history.Group.Id]));
            }
        }

        return new EngagementReport(asOf, members);
    }

    /// <summary>Computes one member's engagement.</summary>
    /// <param name="dataset">The dataset holding the member.</param>
    /// <param name="member">The member.</param>
    /// <param name="asOf">The as-of date (inclusive).</param>
    /// <returns>The engagement.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the member is not in the dataset or joined after <paramref name="asOf"/>.</exception>
    public MemberEngagement AnalyzeMember(PeerSupportDataset dataset, MemberId member, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (!dataset.TryGetMember(member, out var history))
        {
            throw new ArgumentException($"Member {member} is not in the dataset.", nameof(member));
        }

        if (history.Member.JoinedOn > asOf)
        {
            throw new ArgumentException($"Member {member} joined on {history.Member.JoinedOn:yyyy-MM-dd}, after the as-of date {asOf:yyyy-MM-dd}.", nameof(asOf));
        }

        return Compute(history, asOf, SessionSpeakingTotals.Of(dataset.GetGroup(history.Group.Id), asOf));
    }

    private MemberEngagement Compute(MemberHistory history, DateOnly asOf, Dictionary<SessionId, (double Total, int Speakers)> speaking)
    {
        var entries = history.AttendanceAsOf(asOf);
        int attended = 0, excused = 0, expected = 0;
        DateOnly? lastAttended = null;
        double minutes = 0, recordedTotal = 0, equalShare = 0;
        foreach (var entry in entries)
        {
            if (entry.Status == AttendanceStatus.Excused)
            {
                excused++;
                continue;
            }

            expected++;
            if (!entry.Attended)
            {
                continue;
            }

            attended++;
            lastAttended = entry.Date;
            if (entry.Record?.SpeakingMinutes is { } own && speaking.TryGetValue(entry.Session.Id, out var session) && session.Speakers > 0)
            {
                minutes += own;
                recordedTotal += session.Total;
                equalShare += session.Total / session.Speakers;
            }
        }

        int attendStreak = 0, absenceStreak = 0;
        for (var i = entries.Length - 1; i >= 0; i--)
        {
            var entry = entries[i];
            if (entry.Status == AttendanceStatus.Excused)
            {
                continue;
            }

            if (entry.Attended)
            {
                if (absenceStreak > 0)
                {
                    break;
                }

                attendStreak++;
            }
            else
            {
                if (attendStreak > 0)
                {
                    break;
                }

                absenceStreak++;
            }
        }

        const string NoSpeaking = "no speaking time was recorded in the sessions the member attended";
        var share = recordedTotal > 0 ? Statistic.Of(minutes / recordedTotal) : Statistic.Undefined(NoSpeaking);
        var ratio = recordedTotal > 0 ? Statistic.Of(minutes / equalShare) : Statistic.Undefined(NoSpeaking);
        var participation = ratio.TryGetValue(out var r) ? Statistic.Of(Math.Min(1, r)) : ratio;
        int? days = lastAttended is { } last ? asOf.DayNumber - last.DayNumber : null;
        var recency = days is { } d ? Math.Max(0, 1 - ((double)d / _options.RecencyHorizonDays)) : 0;
        var streak = Math.Min(1, (double)attendStreak / _options.StreakTarget);
        var rate = expected > 0 ? Statistic.Of((double)attended / expected) : Statistic.Undefined("no session was expected of the member by the as-of date");

        var score = Statistic.Undefined("the attendance rate is undefined: " + rate.UndefinedReason);
        if (rate.TryGetValue(out var a))
        {
            var weighted = (_options.AttendanceWeight * a) + (_options.RecencyWeight * recency) + (_options.StreakWeight * streak);
            var weights = _options.AttendanceWeight + _options.RecencyWeight + _options.StreakWeight;
            if (participation.TryGetValue(out var p))
            {
                weighted += _options.ParticipationWeight * p;
                weights += _options.ParticipationWeight;
            }

            score = Statistic.Of(Math.Clamp(100 * weighted / weights, 0, 100));
        }

        return new MemberEngagement
        {
            MemberId = history.Member.Id,
            GroupId = history.Group.Id,
            IsActive = history.Member.IsMemberOn(asOf),
            SessionsExpected = expected,
            SessionsAttended = attended,
            SessionsExcused = excused,
            AttendanceRate = rate,
            CurrentAttendanceStreak = attendStreak,
            CurrentAbsenceStreak = absenceStreak,
            LastAttendedOn = lastAttended,
            DaysSinceLastAttended = days,
            SpeakingMinutes = minutes,
            ParticipationShare = share,
            ParticipationRatio = ratio,
            Recency = recency,
            Streak = streak,
            Participation = participation,
            Score = score,
        };
    }
}
