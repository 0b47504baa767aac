#!/usr/bin/env -S dotnet run
#:project ../../src/PeerSupport.Analytics/PeerSupport.Analytics.csproj
#:project ../../src/PeerSupport.Data/PeerSupport.Data.csproj

// A researcher's script: load a dataset folder in the CSV format, then ask whether peer-led groups do as well as
// co-facilitated and professional-led ones, adjusting for clustering (members of one group are not independent).
//
//   dotnet run samples/scripts/group-health.cs -- DIR
//
// DIR is a dataset folder (docs/dataset-format.md), e.g. one written by `peersupport simulate --out DIR`. The script
// prints to the console and writes nothing. Exit codes: 0 done, 2 bad usage or an invalid dataset.
using System.Globalization;
using PeerSupport.Analytics;
using PeerSupport.Analytics.Cohorts;
using PeerSupport.Analytics.EffectSizes;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Hypothesis;
using PeerSupport.Analytics.MixedModels;
using PeerSupport.Analytics.Reliability;
using PeerSupport.Data;
using PeerSupport.Domain;
using PeerSupport.Instruments;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture; // 0.50, not 0,50, whatever the machine's locale
if (args.Length != 1 || args[0].StartsWith('-'))
{
    Console.Error.WriteLine("usage: dotnet run samples/scripts/group-health.cs -- DIR   (DIR: a dataset folder in the CSV format)");
    return 2;
}

// 1. Read with validation: every problem comes back located as file:line:column, nothing is guessed.
var read = DatasetCsvReader.Read(args[0]);
if (!read.Succeeded)
{
    foreach (var problem in read.Errors)
    {
        Console.Error.WriteLine(problem);
    }

    return 2;
}

var dataset = read.Dataset;
var asOf = dataset.LastSessionDate ?? throw new InvalidOperationException("The dataset has no sessions.");
Console.WriteLine($"{args[0]}: {dataset.Groups.Length} groups, {dataset.Members.Length} members, {dataset.Sessions.Length} sessions, as of {asOf:yyyy-MM-dd}");

// 2. One row per member with a PHQ-9 before and after (long format, as a researcher would tabulate it).
var rows = (
    from history in dataset.MemberHistories
    let phq9 = history.AssessmentsOf(InstrumentId.Phq9, asOf).ToArray()
    let scored = phq9.Where(a => a.Score.Total is not null).ToArray()
    where scored.Length >= 2
    select new Row(history.Group.Id.Value, history.Group.FacilitationModel, scored[0].Score.Total!.Value, scored[^1].Score.Total!.Value)).ToArray();
const int MinimumCell = 5; // never print a figure about fewer than 5 members
Console.WriteLine();
Console.WriteLine("PHQ-9 change (last - first; negative = improvement) by facilitation model");
foreach (var model in rows.Select(r => r.Model).Distinct().Order())
{
    var cohort = rows.Where(r => r.Model == model).ToArray();
    var groups = cohort.Select(r => r.Group).Distinct().Count();
    var name = Name(model);
    Console.WriteLine(cohort.Length < MinimumCell
        ? $"  {name,-16} fewer than {MinimumCell} members: suppressed"
        : $"  {name,-16} {cohort.Length,4} members in {groups,2} {(groups == 1 ? "group " : "groups")}   mean change {cohort.Average(r => r.Change),6:0.00}");
}

// 3. Naive two-group comparisons (members treated as independent), then the clustering adjustment.
var icc = OneWayIcc.Compute(rows.Select(r => (r.Group, r.Change)));
Console.WriteLine();
Console.WriteLine($"ICC(1) of the change between groups: {F(icc.Icc1, "0.000")}  (F = {F(icc.F)}, p = {F(icc.PValue, "0.000")}, {icc.GroupCount} groups)");
foreach (var comparator in new[] { FacilitationModel.CoFacilitated, FacilitationModel.ProfessionalLed })
{
    var pair = rows.Where(r => r.Model == FacilitationModel.PeerLed || r.Model == comparator).ToArray();
    var peerLed = pair.Count(r => r.Model == FacilitationModel.PeerLed);
    var other = pair.Length - peerLed;
    if (peerLed < MinimumCell || other < MinimumCell)
    {
        Console.WriteLine($"peer-led vs {Name(comparator)}: too few members with outcomes to compare.");
        continue;
    }

    var changes = pair.Select(r => (r.Model, Value: r.Change));
    var welch = WelchTTest.Compute(changes, FacilitationModel.PeerLed, comparator);
    var effect = EffectSize.Independent(changes, FacilitationModel.PeerLed, comparator);

    // Design effect 1 + (m - 1) ICC with m the mean group size: the variance of a mean is that much larger than if
    // members were independent, so the standard error grows by its square root.
    var meanGroupSize = (double)pair.Length / pair.Select(r => r.Group).Distinct().Count();
    var designEffect = icc.Icc1.TryGetValue(out var rho) ? DesignEffect.FromIcc(meanGroupSize, Math.Max(0, rho)) : 1;
    // Widen Welch's interval by that factor (same t quantile), centred on the same difference.
    var halfWidth = welch.ConfidenceInterval.Upper.ToNullable() - welch.MeanDifference;
    var adjusted = halfWidth * Math.Sqrt(designEffect);
    Console.WriteLine();
    Console.WriteLine($"peer-led ({peerLed}) minus {Name(comparator)} ({other}): difference in mean change {welch.MeanDifference:0.00}");
    Console.WriteLine($"  naive Welch:        95% CI [{F(welch.ConfidenceInterval.Lower)}, {F(welch.ConfidenceInterval.Upper)}], p = {F(welch.P, "0.000")}; Hedges' g = {F(effect.HedgesG)}");
    Console.WriteLine($"  cluster-adjusted:   design effect {designEffect:0.00} (mean group size {meanGroupSize:0.0}), " +
        $"95% CI [{welch.MeanDifference - adjusted:0.00}, {welch.MeanDifference + adjusted:0.00}], " +
        $"effective n {DesignEffect.EffectiveSampleSize(peerLed, designEffect):0} + {DesignEffect.EffectiveSampleSize(other, designEffect):0}");
}

// 4. The model a statistician would fit: end PHQ-9 ~ baseline + facilitation model + (1 | group), by REML
//    (lme4: lmer(post ~ pre + model + (1 | group), REML = TRUE), with peer-led as the reference level).
var models = rows.Select(r => r.Model).Distinct().Where(m => m != FacilitationModel.PeerLed).Order().ToArray();
if (rows.Any(r => r.Model == FacilitationModel.PeerLed) && models.Length > 0)
{
    var covariates = new double[rows.Length, 1 + models.Length];
    for (var i = 0; i < rows.Length; i++)
    {
        covariates[i, 0] = rows[i].Pre;
        for (var c = 0; c < models.Length; c++)
        {
            covariates[i, 1 + c] = rows[i].Model == models[c] ? 1 : 0;
        }
    }

    string[] names = ["baseline", .. models.Select(m => $"{Name(m)} vs peer-led")];
    var fit = RandomInterceptModel.Fit(rows.Select(r => (double)r.Post).ToArray(), rows.Select(r => r.Group).ToArray(), covariates, names);
    Console.WriteLine();
    Console.WriteLine($"Random-intercept model ({fit.Observations} members, {fit.GroupCount} groups): ICC {fit.Icc:0.000}{(fit.IsSingular ? " (singular fit: no between-group variance)" : string.Empty)}");
    foreach (var term in fit.FixedEffects)
    {
        Console.WriteLine($"  {term.Term,-34} {term.Estimate,7:0.00}  SE {term.StandardError,5:0.00}  t {term.TValue,6:0.00}");
    }
}

// 5. The same question answered by the SDK in one call (non-inferiority margin, small cells suppressed, caveats).
var comparison = new FacilitationModelComparer().Compare(dataset, asOf);
Console.WriteLine();
Console.WriteLine(comparison.Answer);

// 6. Group health, one line per group.
var health = new GroupHealthAnalyzer().Analyze(dataset, asOf);
Console.WriteLine();
Console.WriteLine("Group Health Index (0-100)");
foreach (var group in health.Groups)
{
    Console.WriteLine($"  {group.GroupId,-10} {(group.FacilitationModel is { } m ? Name(m) : "-"),-16} {F(group.Index.Value, "0.0"),5}  ({group.Index.Confidence.ToString().ToLowerInvariant()} confidence)");
}

return 0;

// Facilitation models as the reports name them: peer-led, co-facilitated, professional-led.
static string Name(FacilitationModel model) => WireNames.Of(model).Replace('_', '-');

// A Statistic is a number or "undefined" with the reason; print both kinds.
static string F(Statistic value, string format = "0.00")
    => value.TryGetValue(out var number) ? number.ToString(format, CultureInfo.InvariantCulture) : $"undefined ({value.UndefinedReason})";

/// <summary>One member's PHQ-9 before and after, with their group and its facilitation model.</summary>
internal sealed record Row(string Group, FacilitationModel Model, int Pre, int Post)
{
    public double Change => Post - Pre;
}
