using System.Runtime.InteropServices;
using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.Inequality;
using PeerSupport.Analytics.Survival;
using PeerSupport.Analytics.Trend;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;
using PeerSupport.Rules;

namespace PeerSupport.Analytics.GroupHealth;

/// <content>The metrics behind the index components.</content>
public sealed partial class GroupHealthAnalyzer
{
    private const double TrendLevel = 0.05;

    private AttendanceSummary ComputeAttendance(List<MemberHistory> members, DateOnly asOf, out Dictionary<MemberId, int> attendedPerMember, out int attendedMemberSessions, out int attendingMembers)
    {
        var weeks = new SortedDictionary<int, (int Attended, int Expected)>();
        attendedPerMember = new Dictionary<MemberId, int>(members.Count);
        long attended = 0, expected = 0;
        int expectedMembers = 0;
        attendingMembers = 0;
        foreach (var member in members)
        {
            var own = 0;
            var wasExpected = false;
            foreach (var entry in member.AttendanceAsOf(asOf))
            {
                if (entry.Status == AttendanceStatus.Excused)
                {
                    continue;
                }

                wasExpected = true;
                expected++;
                var week = entry.Date.DayNumber / 7;
                weeks.TryGetValue(week, out var counts);
                if (entry.Attended)
                {
                    own++;
                    attended++;
                    counts.Attended++;
                }

                counts.Expected++;
                weeks[week] = counts;
            }

            attendedPerMember[member.Member.Id] = own;
            expectedMembers += wasExpected ? 1 : 0;
            attendingMembers += own > 0 ? 1 : 0;
        }

        attendedMemberSessions = (int)attended;
        var rate = expected > 0 ? Statistic.Of((double)attended / expected) : Statistic.Undefined("no member-session was expected by the as-of date");
        var cell = _cells.Cell(rate, expectedMembers);
        var summary = new AttendanceSummary
        {
            Weeks = weeks.Count,
            Rate = cell,
            Trend = AttendanceTrend.NotAssessed,
            TrendP = Statistic.Undefined($"fewer than {_options.MinimumSessions} weeks with sessions"),
            TrendSlopePerWeek = Statistic.Undefined($"fewer than {_options.MinimumSessions} weeks with sessions"),
        };
        if (cell.IsSuppressed)
        {
            return summary with { TrendP = cell.Value, TrendSlopePerWeek = cell.Value };
        }

        if (weeks.Count < _options.MinimumSessions)
        {
            return summary;
        }

        var x = new double[weeks.Count];
        var y = new double[weeks.Count];
        var i = 0;
        var first = weeks.Keys.First();
        foreach (var (week, counts) in weeks)
        {
            x[i] = week - first;
            y[i] = (double)counts.Attended / counts.Expected;
            i++;
        }

        var mk = MannKendall.Compute(y);
        var slope = TheilSen.Compute(x, y).Slope;
        var trend = mk.P.TryGetValue(out var p) && p < TrendLevel ? (mk.S > 0 ? AttendanceTrend.Rising : AttendanceTrend.Falling) : AttendanceTrend.NoClearTrend;
        return summary with { Trend = trend, TrendP = mk.P, TrendSlopePerWeek = slope };
    }

    private RetentionSummary ComputeRetention(List<MemberHistory> members, DateOnly asOf)
    {
        var times = new List<double>(members.Count);
        var events = new List<bool>(members.Count);
        var dropouts = 0;
        var byHorizon = 0;
        var longest = 0;
        foreach (var history in members)
        {
            RetentionObservation.TryObserve(history.Member, asOf, out var observation);
            var (days, dropped) = (observation.Days, observation.DroppedOut);
            times.Add(days);
            events.Add(dropped);
            dropouts += dropped ? 1 : 0;
            byHorizon += dropped && days <= _options.RetentionHorizonDays ? 1 : 0;
            longest = Math.Max(longest, days);
        }

        var horizon = _options.RetentionHorizonDays;
        var membersCell = _cells.Count(members.Count);
        if (members.Count == 0)
        {
            return new RetentionSummary
            {
                HorizonDays = horizon,
                Members = membersCell,
                Dropouts = _cells.Count(0),
                RetainedAtHorizon = _cells.Cell(Statistic.Undefined("no member had joined by the as-of date"), 0),
            };
        }

        var curve = KaplanMeier.Estimate(times, events);
        var points = new List<RetentionPoint>();
        var truncated = false;
        if (!membersCell.IsSuppressed)
        {
            foreach (var row in curve.EventTimes)
            {
                if (row.AtRisk < _cells.MinimumCellSize)
                {
                    truncated = true;
                    break;
                }

                points.Add(new RetentionPoint((int)row.Time, row.Survival, row.AtRisk));
            }
        }

        return new RetentionSummary
        {
            HorizonDays = horizon,
            Members = membersCell,
            Dropouts = _cells.Count(dropouts),
            RetainedAtHorizon = _cells.Cell(
                longest >= horizon
                    ? Statistic.Of(curve.SurvivalAt(horizon))
                    : Statistic.Undefined($"no member has been followed for the {horizon}-day horizon yet (longest {longest} days)"),
                members.Count),
            DropoutsByHorizon = byHorizon,
            LongestFollowUpDays = longest,
            Curve = points,
            IsCurveTruncated = truncated,
        };
    }

    private EquitySummary ComputeEquity(IReadOnlyList<GroupHistory> groups, DateOnly asOf)
    {
        var speakers = new HashSet<MemberId>();
        var values = new List<double>();
        var sum = 0.0;
        var sessions = 0;
        foreach (var group in groups)
        {
            foreach (var session in group.SessionsAsOf(asOf))
            {
                values.Clear();
                var rows = group.AttendanceAt(session.Id);
                foreach (var row in rows)
                {
                    if (row.Attended && row.SpeakingMinutes is { } minutes)
                    {
                        values.Add(minutes);
                    }
                }

                if (values.Count < 2 || !ParticipationEquity.Compute(CollectionsMarshal.AsSpan(values)).GiniCorrected.TryGetValue(out var gini))
                {
                    continue;
                }

                sum += 1 - gini;
                sessions++;
                foreach (var row in rows)
                {
                    if (row.Attended && row.SpeakingMinutes is not null)
                    {
                        speakers.Add(row.MemberId);
                    }
                }
            }
        }

        var equity = sessions > 0
            ? Statistic.Of(Math.Clamp(sum / sessions, 0, 1))
            : Statistic.Undefined("no session had recorded speaking time for 2 or more attendees");
        return new EquitySummary { SessionsMeasured = sessions, Equity = _cells.Cell(equity, speakers.Count) };
    }

    private SafetySummary ComputeSafety(IReadOnlyList<GroupHistory> groups, DateOnly asOf, int attendedMemberSessions, int attendingMembers)
    {
        int incidents = 0, high = 0;
        foreach (var group in groups)
        {
            foreach (var entry in group.IncidentsAsOf(asOf))
            {
                incidents++;
                high += entry.Incident.Severity == IncidentSeverity.High ? 1 : 0;
            }
        }

        var rate = attendedMemberSessions > 0
            ? Statistic.Of(100.0 * incidents / attendedMemberSessions)
            : Statistic.Undefined("no member-session was attended by the as-of date");
        return new SafetySummary
        {
            Incidents = _cells.Count(incidents),
            HighSeverityIncidents = _cells.Count(high),
            AttendedMemberSessions = _cells.Cell(attendedMemberSessions, attendingMembers),
            RatePer100MemberSessions = _cells.Cell(rate, attendingMembers),
        };
    }

    private ComplianceSummary ComputeCompliance(IReadOnlyList<GroupHistory> groups, DateOnly asOf)
    {
        var checkedSessions = 0;
        var withGaps = new HashSet<SessionId>();
        var counts = new SortedDictionary<FacilitationGapKind, int>();
        foreach (var group in groups)
        {
            checkedSessions += group.SessionsAsOf(asOf).Length;
            foreach (var gap in _options.FacilitationPolicy.CheckGroup(group, asOf))
            {
                counts[gap.Kind] = counts.GetValueOrDefault(gap.Kind) + 1;
                if (gap.SessionId is { } session)
                {
                    withGaps.Add(session);
                }
            }
        }

        return new ComplianceSummary
        {
            SessionsChecked = checkedSessions,
            SessionsWithGaps = withGaps.Count,
            Compliance = checkedSessions > 0
                ? Statistic.Of(1 - ((double)withGaps.Count / checkedSessions))
                : Statistic.Undefined("no session was held by the as-of date"),
            Gaps = counts.Select(c => new GapCount(c.Key, c.Value)).ToArray(),
        };
    }

    private OutcomeSummary ComputeOutcomes(List<MemberHistory> members, DateOnly asOf, Dictionary<MemberId, int> attendedPerMember, out int pairs, out Statistic netImprovement)
    {
        var pre = new List<double>();
        var post = new List<double>();
        int recovered = 0, improved = 0, unchanged = 0, deteriorated = 0;
        int ttMembers = 0, cases = 0, ttRecovered = 0, reliablyImproved = 0, reliablyRecovered = 0, reliablyDeteriorated = 0;
        foreach (var member in members)
        {
            if (attendedPerMember[member.Member.Id] < _options.MinimumSessionsForOutcome
                || !FirstAndLast(member, InstrumentId.Phq9, asOf, out var phqFirst, out var phqLast))
            {
                continue;
            }

            pre.Add(phqFirst);
            post.Add(phqLast);
            switch (_jacobsonTruax.Classify(phqFirst, phqLast).Category)
            {
                case ReliableChangeCategory.Recovered: recovered++; break;
                case ReliableChangeCategory.Improved: improved++; break;
                case ReliableChangeCategory.Deteriorated: deteriorated++; break;
                default: unchanged++; break;
            }

            if (FirstAndLast(member, InstrumentId.Gad7, asOf, out var gadFirst, out var gadLast))
            {
                var outcome = TalkingTherapiesClassifier.Classify(phqFirst, gadFirst, phqLast, gadLast, _options.TalkingTherapies);
                ttMembers++;
                cases += outcome.IsCaseAtStart ? 1 : 0;
                ttRecovered += outcome.IsRecovered ? 1 : 0;
                reliablyImproved += outcome.IsReliablyImproved ? 1 : 0;
                reliablyRecovered += outcome.IsReliablyRecovered ? 1 : 0;
                reliablyDeteriorated += outcome.IsReliablyDeteriorated ? 1 : 0;
            }
        }

        pairs = pre.Count;
        var n = pairs;
        const string NoPairs = "no member had a PHQ-9 before and after";
        var meanChange = n > 0 ? Statistic.Of(post.Zip(pre, (b, a) => b - a).Average()) : Statistic.Undefined(NoPairs);
        var dz = n >= 2 ? EffectSize.CohenDz(pre.ToArray(), post.ToArray()) : Statistic.Undefined("fewer than 2 members had a PHQ-9 before and after");
        netImprovement = n > 0 ? Statistic.Of((double)(recovered + improved - deteriorated) / n) : Statistic.Undefined(NoPairs);
        return new OutcomeSummary
        {
            Members = _cells.Count(n),
            MeanChange = _cells.Cell(meanChange, n),
            EffectSizeDz = _cells.Cell(dz, n),
            Recovered = _cells.Count(recovered),
            Improved = _cells.Count(improved),
            Unchanged = _cells.Count(unchanged),
            Deteriorated = _cells.Count(deteriorated),
            NetReliableImprovement = _cells.Cell(netImprovement, n),
            TalkingTherapiesMembers = _cells.Count(ttMembers),
            CasesAtStart = _cells.Count(cases),
            RecoveryRate = _cells.Cell(cases > 0 ? Statistic.Of((double)ttRecovered / cases) : Statistic.Undefined("no member was a case at the start"), cases),
            ReliablyImproved = _cells.Count(reliablyImproved),
            ReliablyRecovered = _cells.Count(reliablyRecovered),
            ReliablyDeteriorated = _cells.Count(reliablyDeteriorated),
        };
    }

    internal static bool FirstAndLast(MemberHistory member, InstrumentId instrument, DateOnly asOf, out int first, out int last)
    {
        first = last = 0;
        ScoredAssessment? firstKnown = null, lastKnown = null;
        foreach (var assessment in member.AssessmentsOf(instrument, asOf))
        {
            if (assessment.Score.Total is null)
            {
                continue;
            }

            firstKnown ??= assessment;
            lastKnown = assessment;
        }

        if (firstKnown is null || lastKnown is null || lastKnown.Date <= firstKnown.Date)
        {
            return false;
        }

        first = firstKnown.Score.Total!.Value;
        last = lastKnown.Score.Total!.Value;
        return true;
    }

    private ReferralSummary ComputeReferrals(List<MemberHistory> members, DateOnly asOf, out int made)
    {
        int followed = 0, referred = 0;
        made = 0;
        foreach (var member in members)
        {
            var any = false;
            foreach (var referral in member.Referrals)
            {
                if (referral.Date > asOf || referral.Status == ReferralStatus.Recommended)
                {
                    continue;
                }

                any = true;
                made++;
                followed += referral.Status is ReferralStatus.Accepted or ReferralStatus.Completed ? 1 : 0;
            }

            referred += any ? 1 : 0;
        }

        var rate = made > 0 ? Statistic.Of((double)followed / made) : Statistic.Undefined("no referral was made by the as-of date");
        return new ReferralSummary { ReferralsMade = _cells.Cell(made, referred), FollowThrough = _cells.Cell(rate, referred) };
    }
}
