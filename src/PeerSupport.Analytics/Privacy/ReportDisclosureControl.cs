using System.Globalization;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.GroupHealth;

namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// Statistical disclosure control for a group-health report, applied once before anything is published. Primary
/// suppression hides every count below k; secondary (complementary) suppression then hides further counts until none of
/// the hidden ones can be worked out from the published totals and margins — across groups, the pooled figures and the
/// facilitation-model table; every figure derived from a hidden count (a rate, a mean, a share, a retention step, an
/// index component) is hidden with it, and each Group Health Index is rebuilt from what is still published. Retention
/// curves are coarsened so that every drawn step covers at least k dropouts. Immutable and thread-safe.
/// </summary>
public sealed class ReportDisclosureControl
{
    private readonly GroupHealthAnalyzer _analyzer;
    private readonly int _k;
    private readonly int _horizon;

    /// <summary>Initializes a new instance.</summary>
    /// <param name="options">The options the report was computed with (k, weights, publication rule). The default value is <see cref="GroupHealthOptions"/> with its defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range.</exception>
    public ReportDisclosureControl(GroupHealthOptions? options = null)
    {
        options ??= new GroupHealthOptions();
        _analyzer = new GroupHealthAnalyzer(options);
        _k = options.MinimumCellSize;
        _horizon = options.RetentionHorizonDays;
        SuppressionReason = string.Create(CultureInfo.InvariantCulture, $"suppressed: fewer than {_k} members, or would let such a figure be worked out");
    }

    /// <summary>Gets the one reason every hidden cell carries (primary and secondary alike, so the two cannot be told apart).</summary>
    public string SuppressionReason { get; }

    /// <summary>Applies disclosure control to a group-health report and, optionally, the facilitation-model comparison of the same data.</summary>
    /// <param name="health">The group-health report, computed with the same k.</param>
    /// <param name="cohorts">The comparison of the same dataset and date, or <see langword="null"/>.</param>
    /// <returns>The protected report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="health"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a report was computed with another k.</exception>
    public ProtectedHealthReport Protect(DatasetHealthReport health, FacilitationModelComparison? cohorts = null)
    {
        ArgumentNullException.ThrowIfNull(health);
        if (health.Overall.MinimumCellSize != _k || (cohorts is not null && cohorts.MinimumCellSize != _k))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The reports must be computed with k = {_k}, the k of this disclosure control."), nameof(health));
        }

        var engine = new ComplementarySuppression(_k);
        var tables = new List<(string Key, GroupHealthReport Report)> { ("all", health.Overall) };
        tables.AddRange(health.Groups.Select((g, i) => ("g" + i.ToString(CultureInfo.InvariantCulture), g)));
        foreach (var (key, report) in tables)
        {
            foreach (var (family, count) in Counts(report))
            {
                engine.Add(key + "/" + family, count);
            }

            engine.Relate(key + "/outN", [key + "/rec", key + "/imp", key + "/unch", key + "/det"]);
            engine.Relate(key + "/members", [key + "/dbh", key + "/rest"]);
        }

        foreach (var family in Counts(health.Overall).Select(c => c.Family))
        {
            engine.Relate("all/" + family, tables.Skip(1).Select(t => t.Key + "/" + family));
        }

        var models = new List<(string Key, FacilitationModelCohort Cohort)>();
        if (cohorts is not null)
        {
            foreach (var cohort in cohorts.Cohorts.Where(c => c.Groups > 0))
            {
                var key = "m" + ((int)cohort.Model).ToString(CultureInfo.InvariantCulture);
                models.Add((key, cohort));
                var members = cohort.Members.UnderlyingMemberCount;
                engine.Add(key + "/members", members);
                engine.Add(key + "/outN", cohort.MembersWithOutcome.UnderlyingMemberCount);
                engine.Add(key + "/dbh", cohort.DropoutsByHorizon);
                engine.Add(key + "/rest", members - cohort.DropoutsByHorizon);
                var inModel = tables.Skip(1).Where(t => t.Report.FacilitationModel == cohort.Model).Select(t => t.Key).ToList();
                foreach (var family in new[] { "members", "outN", "dbh", "rest" })
                {
                    engine.Relate(key + "/" + family, inModel.Select(g => g + "/" + family));
                }

                engine.Relate(key + "/members", [key + "/dbh", key + "/rest"]);
            }

            foreach (var family in new[] { "members", "outN", "dbh", "rest" })
            {
                engine.Relate("all/" + family, models.Select(m => m.Key + "/" + family));
            }
        }

        engine.Solve();
        var protectedTables = tables.Select(t => Apply(t.Report, f => engine.IsHidden(t.Key + "/" + f))).ToList();
        var protectedHealth = new DatasetHealthReport(health.AsOf, protectedTables[0], protectedTables.Skip(1).ToList());
        var protectedCohorts = cohorts is null ? null : cohorts with
        {
            Cohorts = cohorts.Cohorts.Select(c =>
            {
                var key = models.FirstOrDefault(m => m.Cohort == c).Key;
                return key is null ? c : Apply(c, f => engine.IsHidden(key + "/" + f));
            }).ToList(),
        };
        return new ProtectedHealthReport(protectedHealth, protectedCohorts, engine.SecondaryCount);
    }

    /// <summary>
    /// Coarsens a Kaplan–Meier retention curve for publication: steps are merged so that every drawn step covers at least k
    /// dropouts, the curve stops where fewer than k members are at risk, and a step at the horizon carries the published
    /// retention figure, so the curve and the table agree.
    /// </summary>
    /// <param name="steps">The curve's steps in day order (a step at day 0 with retention 1 may be included).</param>
    /// <param name="retainedAtHorizon">The published retention at the horizon, or <see langword="null"/> when it is not published.</param>
    /// <returns>The steps to draw.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="steps"/> is null.</exception>
    public IReadOnlyList<RetentionPoint> CoarsenCurve(IReadOnlyList<RetentionPoint> steps, double? retainedAtHorizon)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var kept = new List<(RetentionPoint Point, double Since)>();
        var previous = 1.0;
        var since = 0.0;
        var horizonAdded = retainedAtHorizon is null;
        foreach (var step in steps.OrderBy(s => s.Day))
        {
            if (!horizonAdded && step.Day > _horizon)
            {
                horizonAdded = true;
                AddHorizon(kept, steps, retainedAtHorizon!.Value, ref since);
            }

            if (step.AtRisk < _k)
            {
                break;
            }

            if (step.Day == 0)
            {
                kept.Add((step, 0));
                continue;
            }

            since += previous > 0 ? step.AtRisk * (1 - (step.Retained / previous)) : 0;
            previous = step.Retained;
            if (since >= _k - 0.5 && (horizonAdded || step.Day < _horizon))
            {
                kept.Add((step, since));
                since = 0;
            }
        }

        if (!horizonAdded)
        {
            AddHorizon(kept, steps, retainedAtHorizon!.Value, ref since);
        }

        return kept.Select(k => k.Point).ToList();
    }

    private void AddHorizon(List<(RetentionPoint Point, double Since)> kept, IReadOnlyList<RetentionPoint> steps, double retained, ref double since)
    {
        // Merge trailing steps into the horizon step until it covers at least k dropouts of its own.
        while (since < _k - 0.5 && kept.Count > 0 && kept[^1].Point.Day > 0)
        {
            since += kept[^1].Since;
            kept.RemoveAt(kept.Count - 1);
        }

        var atRisk = steps.Where(s => s.Day <= _horizon).Select(s => s.AtRisk).DefaultIfEmpty(_k).Last();
        kept.Add((new RetentionPoint(_horizon, retained, Math.Max(atRisk, _k)), since));
        since = 0;
    }

    private static IEnumerable<(string Family, int Count)> Counts(GroupHealthReport r)
    {
        var members = r.Retention.Members.UnderlyingMemberCount;
        var o = r.Outcomes;
        var cases = o.CasesAtStart.UnderlyingMemberCount;
        var made = Whole(r.Referrals.ReferralsMade.UnderlyingValue);
        yield return ("members", members);
        yield return ("active", r.ActiveMembers.UnderlyingMemberCount);
        yield return ("dropouts", r.Retention.Dropouts.UnderlyingMemberCount);
        yield return ("dbh", r.Retention.DropoutsByHorizon);
        yield return ("rest", members - r.Retention.DropoutsByHorizon);
        yield return ("expected", r.Attendance.Rate.UnderlyingMemberCount);
        yield return ("attending", r.Safety.AttendedMemberSessions.UnderlyingMemberCount);
        yield return ("speakers", r.Equity.Equity.UnderlyingMemberCount);
        yield return ("incidents", r.Safety.Incidents.UnderlyingMemberCount);
        yield return ("high", r.Safety.HighSeverityIncidents.UnderlyingMemberCount);
        yield return ("outN", o.Members.UnderlyingMemberCount);
        yield return ("rec", o.Recovered.UnderlyingMemberCount);
        yield return ("imp", o.Improved.UnderlyingMemberCount);
        yield return ("unch", o.Unchanged.UnderlyingMemberCount);
        yield return ("det", o.Deteriorated.UnderlyingMemberCount);
        yield return ("ttN", o.TalkingTherapiesMembers.UnderlyingMemberCount);
        yield return ("cases", cases);
        yield return ("ttRec", cases > 0 ? Whole(o.RecoveryRate.UnderlyingValue, cases) : 0);
        yield return ("relImp", o.ReliablyImproved.UnderlyingMemberCount);
        yield return ("relRec", o.ReliablyRecovered.UnderlyingMemberCount);
        yield return ("relDet", o.ReliablyDeteriorated.UnderlyingMemberCount);
        yield return ("referred", r.Referrals.ReferralsMade.UnderlyingMemberCount);
        yield return ("made", made);
        yield return ("followed", made > 0 ? Whole(r.Referrals.FollowThrough.UnderlyingValue, made) : 0);
    }

    private static int Whole(Statistic value, double times = 1) => value.TryGetValue(out var v) && double.IsFinite(v) ? (int)Math.Round(v * times) : 0;

    private ReportCell Hide(ReportCell cell, bool hide)
        => hide || cell.IsSuppressed ? ReportCell.SuppressedKeeping(cell.UnderlyingValue, cell.UnderlyingMemberCount, SuppressionReason) : cell;

    private GroupHealthReport Apply(GroupHealthReport r, Func<string, bool> hidden)
    {
        bool Any(params string[] families) => families.Any(hidden);
        var retentionHidden = Any("members", "dropouts", "dbh", "rest") || r.Retention.RetainedAtHorizon.IsSuppressed;
        var retained = Hide(r.Retention.RetainedAtHorizon, retentionHidden);
        var curveHidden = retentionHidden || Any("dropouts");
        var retention = r.Retention with
        {
            Members = Hide(r.Retention.Members, Any("members")),
            Dropouts = Hide(r.Retention.Dropouts, Any("dropouts")),
            RetainedAtHorizon = retained,
            Curve = curveHidden ? [] : CoarsenCurve(r.Retention.Curve, retained.Value.TryGetValue(out var h) ? h : null),
            IsCurveTruncated = curveHidden || r.Retention.IsCurveTruncated,
        };
        var attendanceHidden = Any("expected");
        var attendance = attendanceHidden
            ? r.Attendance with
            {
                Rate = Hide(r.Attendance.Rate, true),
                Trend = AttendanceTrend.NotAssessed,
                TrendP = Statistic.Undefined(SuppressionReason),
                TrendSlopePerWeek = Statistic.Undefined(SuppressionReason),
            }
            : r.Attendance with { Rate = Hide(r.Attendance.Rate, false) };
        var s = r.Safety;
        var safety = s with
        {
            Incidents = Hide(s.Incidents, Any("incidents")),
            HighSeverityIncidents = Hide(s.HighSeverityIncidents, Any("high")),
            AttendedMemberSessions = Hide(s.AttendedMemberSessions, Any("attending")),
            RatePer100MemberSessions = Hide(s.RatePer100MemberSessions, Any("attending", "incidents")),
        };
        var o = r.Outcomes;
        var outcomes = o with
        {
            Members = Hide(o.Members, Any("outN")),
            MeanChange = Hide(o.MeanChange, Any("outN")),
            EffectSizeDz = Hide(o.EffectSizeDz, Any("outN")),
            Recovered = Hide(o.Recovered, Any("rec")),
            Improved = Hide(o.Improved, Any("imp")),
            Unchanged = Hide(o.Unchanged, Any("unch")),
            Deteriorated = Hide(o.Deteriorated, Any("det")),
            NetReliableImprovement = Hide(o.NetReliableImprovement, Any("outN", "rec", "imp", "det")),
            TalkingTherapiesMembers = Hide(o.TalkingTherapiesMembers, Any("ttN")),
            CasesAtStart = Hide(o.CasesAtStart, Any("cases")),
            RecoveryRate = Hide(o.RecoveryRate, Any("cases", "ttRec")),
            ReliablyImproved = Hide(o.ReliablyImproved, Any("relImp")),
            ReliablyRecovered = Hide(o.ReliablyRecovered, Any("relRec")),
            ReliablyDeteriorated = Hide(o.ReliablyDeteriorated, Any("relDet")),
        };
        var referrals = r.Referrals with
        {
            ReferralsMade = Hide(r.Referrals.ReferralsMade, Any("made", "referred")),
            FollowThrough = Hide(r.Referrals.FollowThrough, Any("made", "referred", "followed")),
        };
        var equity = r.Equity with { Equity = Hide(r.Equity.Equity, Any("speakers")) };
        var result = r with
        {
            ActiveMembers = Hide(r.ActiveMembers, Any("active")),
            Attendance = attendance,
            Retention = retention,
            Safety = safety,
            Outcomes = outcomes,
            Referrals = referrals,
            Equity = equity,
        };
        var index = _analyzer.RebuildIndex(
            r.Index,
            (kind, _) => kind switch
            {
                HealthComponentKind.Attendance => attendance.Rate.IsSuppressed,
                HealthComponentKind.Retention => retained.IsSuppressed,
                HealthComponentKind.ParticipationEquity => equity.Equity.IsSuppressed,
                HealthComponentKind.Safety => safety.RatePer100MemberSessions.IsSuppressed,
                HealthComponentKind.Outcomes => outcomes.NetReliableImprovement.IsSuppressed,
                HealthComponentKind.ReferralFollowThrough => referrals.FollowThrough.IsSuppressed,
                _ => false,
            },
            r.Retention.Members.UnderlyingMemberCount,
            r.Samples,
            r.SampleKey);
        return result with { Index = index };
    }

    private FacilitationModelCohort Apply(FacilitationModelCohort c, Func<string, bool> hidden) => c with
    {
        Members = Hide(c.Members, hidden("members")),
        MembersWithOutcome = Hide(c.MembersWithOutcome, hidden("outN")),
        MeanBaseline = Hide(c.MeanBaseline, hidden("outN")),
        MeanChange = Hide(c.MeanChange, hidden("outN")),
        EffectSizeDz = Hide(c.EffectSizeDz, hidden("outN")),
        RetainedAtHorizon = Hide(c.RetainedAtHorizon, hidden("members") || hidden("dbh") || hidden("rest")),
    };
}
