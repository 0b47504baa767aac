using System.Globalization;
using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.MixedModels;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Survival;
using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// Compares facilitation models (peer-led, co-facilitated, professional-led) in one call: outcomes and retention per
/// model, clustering-adjusted effect sizes (ICC, design effect, effective n) and a random-intercept model of end PHQ-9
/// with the first PHQ-9 and the facilitation model as fixed effects and the group as random intercept, judged against a
/// non-inferiority margin. Linear in the dataset apart from the model fit (O(n p²) per criterion evaluation).
/// Immutable and thread-safe.
/// </summary>
public sealed class FacilitationModelComparer
{
    private const double Z975 = 1.959963984540054;
    private const double Level = 0.95;
    private static readonly FacilitationModel[] s_models = [FacilitationModel.PeerLed, FacilitationModel.CoFacilitated, FacilitationModel.ProfessionalLed];

    private readonly CohortComparisonOptions _options;
    private readonly SmallCellPolicy _cells;

    /// <summary>Initializes a new comparer.</summary>
    /// <param name="options">The settings. The default value is <see cref="CohortComparisonOptions"/> with its defaults. The options are validated and copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range.</exception>
    public FacilitationModelComparer(CohortComparisonOptions? options = null)
    {
        options ??= new CohortComparisonOptions();
        options.Validate();
        _options = options.Copy();
        _cells = new SmallCellPolicy(_options.MinimumCellSize);
    }

    /// <summary>Gets the caveats every comparison carries.</summary>
    public static IReadOnlyList<string> StandardCaveats { get; } =
    [
        "These are observational data, not a randomised trial: members chose or were placed in groups, so differences in who joined which kind of group can explain a difference or hide one.",
        "The non-inferiority margin is a judgement about what difference matters; a different margin can change the conclusion.",
        "Intervals are Wald intervals (estimate ± 1.96 standard errors) that treat the variance components as known; with few groups they are too narrow.",
        "Only members with a PHQ-9 before and after are in the outcome comparison; members who left early often have no second score.",
    ];

    /// <summary>Runs the comparison.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="asOf">The as-of date (inclusive); nothing dated later is read.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dataset"/> is null.</exception>
    public FacilitationModelComparison Compare(PeerSupportDataset dataset, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = Collect(dataset, asOf);
        var cohorts = s_models.Select(m => Cohort(m, dataset.Groups.Count(g => g.FacilitationModel == m), rows.Where(r => r.Model == m).ToList())).ToArray();
        var logRank = RetentionLogRank(rows);
        var fit = FitModel(rows, out var fitted, out var fitReason);
        var contrasts = new List<ModelContrast>();
        foreach (var comparator in s_models.Skip(1))
        {
            if (rows.Exists(r => r.Model == comparator) && rows.Exists(r => r.Model == FacilitationModel.PeerLed))
            {
                contrasts.Add(Contrast(comparator, rows, fit, fitted, fitReason));
            }
        }

        var answer = contrasts.Count == 0
            ? "No comparison is possible: the dataset does not have members in both peer-led groups and groups with another facilitation model."
            : string.Join(" ", contrasts.Select(c => c.Statement)) + " " + StandardCaveats[0];
        return new FacilitationModelComparison
        {
            AsOf = asOf,
            MinimumCellSize = _cells.MinimumCellSize,
            Cohorts = cohorts,
            RetentionLogRankP = logRank,
            MixedModelIcc = fit is null ? Statistic.Undefined(fitReason) : Statistic.Of(fit.Icc),
            Contrasts = contrasts,
            Answer = answer,
            Caveats = StandardCaveats,
        };
    }

    private List<Row> Collect(PeerSupportDataset dataset, DateOnly asOf)
    {
        var rows = new List<Row>(dataset.MemberHistories.Length);
        foreach (var history in dataset.MemberHistories)
        {
            if (!RetentionObservation.TryObserve(history.Member, asOf, out var retention))
            {
                continue;
            }

            var attended = 0;
            foreach (var entry in history.AttendanceAsOf(asOf))
            {
                attended += entry.Attended ? 1 : 0;
            }

            int first = 0, last = 0;
            var hasOutcome = attended >= _options.MinimumSessionsForOutcome
                && GroupHealthAnalyzer.FirstAndLast(history, InstrumentId.Phq9, asOf, out first, out last);
            rows.Add(new Row(
                history.Group.FacilitationModel,
                history.Group.Id.Value,
                retention.Days,
                retention.DroppedOut,
                hasOutcome,
                hasOutcome ? first : 0,
                hasOutcome ? last : 0));
        }

        return rows;
    }

    private FacilitationModelCohort Cohort(FacilitationModel model, int groups, List<Row> rows)
    {
        var outcome = rows.Where(r => r.HasOutcome).ToArray();
        var n = outcome.Length;
        var pre = outcome.Select(r => (double)r.Pre).ToArray();
        var post = outcome.Select(r => (double)r.Post).ToArray();
        const string None = "no member had a PHQ-9 before and after";
        var horizon = _options.RetentionHorizonDays;
        var longest = rows.Count > 0 ? rows.Max(r => r.Days) : 0;
        var retained = rows.Count == 0
            ? Statistic.Undefined("no member had joined")
            : longest < horizon
            ? Statistic.Undefined($"no member has been followed for the {horizon}-day horizon yet (longest {longest} days)")
            : Statistic.Of(KaplanMeier.Estimate(rows.Select(r => (double)r.Days).ToArray(), rows.Select(r => r.Dropped).ToArray()).SurvivalAt(horizon));
        return new FacilitationModelCohort
        {
            Model = model,
            Groups = groups,
            Members = _cells.Count(rows.Count),
            MembersWithOutcome = _cells.Count(n),
            MeanBaseline = _cells.Cell(n > 0 ? Statistic.Of(pre.Average()) : Statistic.Undefined(None), n),
            MeanChange = _cells.Cell(n > 0 ? Statistic.Of(post.Average() - pre.Average()) : Statistic.Undefined(None), n),
            EffectSizeDz = _cells.Cell(n >= 2 ? EffectSize.CohenDz(pre, post) : Statistic.Undefined("fewer than 2 members had a PHQ-9 before and after"), n),
            RetainedAtHorizon = _cells.Cell(retained, rows.Count),
            DropoutsByHorizon = rows.Count(r => r.Dropped && r.Days <= horizon),
        };
    }

    private static Statistic RetentionLogRank(List<Row> rows)
    {
        if (rows.Select(r => r.Model).Distinct().Count() < 2)
        {
            return Statistic.Undefined("fewer than 2 facilitation models have members");
        }

        return LogRankTest.Compute(rows.Select(r => (double)r.Days).ToArray(), rows.Select(r => r.Dropped).ToArray(), rows.Select(r => r.Model).ToArray()).PValue;
    }

    private RandomInterceptFit? FitModel(List<Row> rows, out List<FacilitationModel> fitted, out string reason)
    {
        var models = new List<FacilitationModel>();
        foreach (var model in s_models)
        {
            if (rows.Where(r => r.Model == model && r.HasOutcome).Select(r => r.Group).Distinct(StringComparer.Ordinal).Count() >= _options.MinimumGroupsPerModel)
            {
                models.Add(model);
            }
        }

        fitted = models;
        if (!models.Contains(FacilitationModel.PeerLed) || models.Count < 2)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the random-intercept model needs peer-led and at least one other model with {_options.MinimumGroupsPerModel} or more groups with outcomes");
            fitted = [];
            return null;
        }

        var included = rows.Where(r => r.HasOutcome && models.Contains(r.Model)).ToArray();
        var comparators = models.Where(m => m != FacilitationModel.PeerLed).ToArray();
        var covariates = new double[included.Length, 1 + comparators.Length];
        for (var i = 0; i < included.Length; i++)
        {
            covariates[i, 0] = included[i].Pre;
            for (var c = 0; c < comparators.Length; c++)
            {
                covariates[i, 1 + c] = included[i].Model == comparators[c] ? 1 : 0;
            }
        }

        var names = new List<string> { "baseline" };
        names.AddRange(comparators.Select(WireNames.Of));
        try
        {
            reason = string.Empty;
            return RandomInterceptModel.Fit(included.Select(r => (double)r.Post).ToArray(), included.Select(r => r.Group).ToArray(), covariates, names);
        }
        catch (ArgumentException e)
        {
            reason = "the random-intercept model could not be fitted: " + e.Message;
            fitted = [];
            return null;
        }
    }

    private ModelContrast Contrast(FacilitationModel comparator, List<Row> rows, RandomInterceptFit? fit, List<FacilitationModel> fitted, string fitReason)
    {
        var peer = rows.Where(r => r.Model == FacilitationModel.PeerLed && r.HasOutcome).ToArray();
        var other = rows.Where(r => r.Model == comparator && r.HasOutcome).ToArray();
        var margin = _options.NonInferiorityMargin;
        var contrast = new ModelContrast { Comparator = comparator, Margin = margin };
        var label = Describe(comparator);
        if (_cells.MustSuppress(peer.Length) || _cells.MustSuppress(other.Length))
        {
            var reason = _cells.SuppressionReason;
            return Undefined(contrast, reason) with { Statement = $"Peer-led versus {label} groups: not reported, because one arm has fewer than {_cells.MinimumCellSize} members with a PHQ-9 before and after." };
        }

        if (peer.Length < 2 || other.Length < 2)
        {
            return Undefined(contrast, "fewer than 2 members with outcomes in an arm") with { Statement = $"Peer-led versus {label} groups: the difference cannot be estimated (fewer than 2 members with outcomes in an arm)." };
        }

        var peerChange = peer.Select(r => (double)(r.Post - r.Pre)).ToArray();
        var otherChange = other.Select(r => (double)(r.Post - r.Pre)).ToArray();
        var effect = EffectSize.Independent(peerChange, otherChange);
        contrast = contrast with { HedgesG = effect.HedgesG, NaiveInterval = effect.ConfidenceIntervalG };

        var both = peer.Concat(other).ToArray();
        var groupCount = both.Select(r => r.Group).Distinct(StringComparer.Ordinal).Count();
        if (groupCount >= 2)
        {
            var icc = OneWayIcc.Compute(both.Select(r => r.Group).ToArray(), both.Select(r => (double)(r.Post - r.Pre)).ToArray()).Icc1;
            contrast = contrast with { Icc = icc };
            if (icc.TryGetValue(out var iccValue))
            {
                var de = Reliability.DesignEffect.FromIcc((double)both.Length / groupCount, Math.Clamp(iccValue, 0, 1));
                contrast = contrast with
                {
                    DesignEffect = Statistic.Of(de),
                    EffectivePeerLedMembers = Statistic.Of(Reliability.DesignEffect.EffectiveSampleSize(peer.Length, de)),
                    EffectiveComparatorMembers = Statistic.Of(Reliability.DesignEffect.EffectiveSampleSize(other.Length, de)),
                };
                if (effect.HedgesG.TryGetValue(out var g) && effect.StandardErrorG.TryGetValue(out var se))
                {
                    var half = Z975 * se * Math.Sqrt(de);
                    contrast = contrast with { ClusterAdjustedInterval = ConfidenceInterval.Of(g - half, g + half, Level) };
                }
            }
        }
        else
        {
            contrast = contrast with { Icc = Statistic.Undefined("both arms come from one group") };
        }

        contrast = FillUndefined(contrast);
        var gText = effect.HedgesG.TryGetValue(out var gv) && contrast.ClusterAdjustedInterval.IsDefined
            ? string.Create(CultureInfo.InvariantCulture, $" Hedges' g for the change was {gv:0.00} (95 % CI {contrast.ClusterAdjustedInterval.Lower.Value:0.00} to {contrast.ClusterAdjustedInterval.Upper.Value:0.00} after widening for clustering, design effect {contrast.DesignEffect.Value:0.00}).")
            : string.Empty;

        var index = fitted.IndexOf(comparator);
        if (fit is null || index < 1)
        {
            var reason = fit is null ? fitReason : string.Create(CultureInfo.InvariantCulture, $"{label} groups have fewer than {_options.MinimumGroupsPerModel} groups with outcomes");
            return contrast with
            {
                AdjustedDifference = Statistic.Undefined(reason),
                AdjustedDifferenceInterval = ConfidenceInterval.Undefined(reason, Level),
                Conclusion = NonInferiorityConclusion.NotEstimable,
                Statement = $"Peer-led versus {label} groups: the adjusted difference cannot be estimated ({reason}), so the data cannot say whether peer-led groups are as beneficial.{gText}",
            };
        }

        // Fixed effects: (Intercept), baseline, then one dummy per comparator in fitted order (peer-led is the reference).
        var coefficient = fit.FixedEffects[1 + index];
        var difference = -coefficient.Estimate;
        var lower = difference - (Z975 * coefficient.StandardError);
        var upper = difference + (Z975 * coefficient.StandardError);
        var conclusion = upper < margin ? NonInferiorityConclusion.NonInferior
            : lower > margin ? NonInferiorityConclusion.Inferior
            : NonInferiorityConclusion.Inconclusive;
        var direction = difference >= 0 ? "higher, that is worse," : "lower, that is better,";
        var verdict = conclusion switch
        {
            NonInferiorityConclusion.NonInferior => string.Create(CultureInfo.InvariantCulture, $"The whole interval lies below the margin of {margin:0.##} points, so in these data peer-led groups were not worse by more than the margin{(upper < 0 ? ", and were better on average" : lower > 0 ? ", although they were somewhat worse on average (the interval lies above 0)" : string.Empty)}."),
            NonInferiorityConclusion.Inferior => string.Create(CultureInfo.InvariantCulture, $"The whole interval lies above the margin of {margin:0.##} points, so in these data peer-led groups were worse by more than the margin."),
            _ => string.Create(CultureInfo.InvariantCulture, $"The interval includes the margin of {margin:0.##} points, so these data cannot say whether peer-led groups are as beneficial."),
        };
        return contrast with
        {
            AdjustedDifference = Statistic.Of(difference),
            AdjustedDifferenceInterval = ConfidenceInterval.Of(lower, upper, Level),
            Conclusion = conclusion,
            Statement = string.Create(CultureInfo.InvariantCulture, $"Peer-led versus {label} groups: adjusting for the first PHQ-9 and for clustering within groups, peer-led members ended {Math.Abs(difference):0.0} points {direction} than comparable members of {label} groups (95 % CI {lower:0.0} to {upper:0.0}; positive = peer-led worse). {verdict}{gText}"),
        };
    }

    private static ModelContrast Undefined(ModelContrast contrast, string reason) => contrast with
    {
        HedgesG = Statistic.Undefined(reason),
        NaiveInterval = ConfidenceInterval.Undefined(reason, Level),
        Icc = Statistic.Undefined(reason),
        DesignEffect = Statistic.Undefined(reason),
        EffectivePeerLedMembers = Statistic.Undefined(reason),
        EffectiveComparatorMembers = Statistic.Undefined(reason),
        ClusterAdjustedInterval = ConfidenceInterval.Undefined(reason, Level),
        AdjustedDifference = Statistic.Undefined(reason),
        AdjustedDifferenceInterval = ConfidenceInterval.Undefined(reason, Level),
        Conclusion = NonInferiorityConclusion.NotEstimable,
    };

    private static ModelContrast FillUndefined(ModelContrast contrast)
    {
        const string Reason = "the ICC of the change scores is undefined";
        return contrast with
        {
            Icc = contrast.Icc.IsDefined || contrast.Icc.UndefinedReason != "not computed" ? contrast.Icc : Statistic.Undefined(Reason),
            DesignEffect = contrast.DesignEffect.IsDefined ? contrast.DesignEffect : Statistic.Undefined(Reason),
            EffectivePeerLedMembers = contrast.EffectivePeerLedMembers.IsDefined ? contrast.EffectivePeerLedMembers : Statistic.Undefined(Reason),
            EffectiveComparatorMembers = contrast.EffectiveComparatorMembers.IsDefined ? contrast.EffectiveComparatorMembers : Statistic.Undefined(Reason),
            ClusterAdjustedInterval = contrast.ClusterAdjustedInterval.Level > 0 ? contrast.ClusterAdjustedInterval : ConfidenceInterval.Undefined(Reason, Level),
        };
    }

    private static string Describe(FacilitationModel model) => model switch
    {
        FacilitationModel.CoFacilitated => "co-facilitated",
        FacilitationModel.ProfessionalLed => "professional-led",
        _ => "peer-led",
    };

    /// <summary>One member's facts for the comparison: no member id is kept.</summary>
    private readonly record struct Row(FacilitationModel Model, string Group, int Days, bool Dropped, bool HasOutcome, int Pre, int Post);
}
