using System.Diagnostics;
using System.Globalization;
using System.Text;
using PeerSupport.Analytics.MixedModels;
using PeerSupport.Analytics.Survival;

namespace PeerSupport.Benchmarks.Startup;

/// <summary>
/// The .NET half of the comparison with R (benchmarks/r/km-lmer.R): writes a synthetic data set to CSV, reads it
/// back, and times Kaplan–Meier and the REML random-intercept model on it, writing the estimates for R to compare.
/// </summary>
internal static class StatisticsComparison
{
    /// <summary>Writes <c>DIR/data.csv</c>: group,x,y,time,event; y = 2 + 0.5 x + u + e with 1,000 groups.</summary>
    /// <param name="dir">The output folder.</param>
    /// <param name="rows">The number of rows.</param>
    public static void Write(string dir, int rows)
    {
        Directory.CreateDirectory(dir);
        var random = new Random(20261206);
        const int groups = 1000;
        var effect = new double[groups];
        for (var g = 0; g < groups; g++)
        {
            effect[g] = Normal(random);
        }

        var text = new StringBuilder(rows * 40);
        text.Append("group,x,y,time,event\n");
        for (var i = 0; i < rows; i++)
        {
            var g = i % groups;
            var x = Math.Round(random.NextDouble() * 10, 3);
            var y = Math.Round(2 + (0.5 * x) + effect[g] + (2 * Normal(random)), 3);
            var time = 1 + (int)Math.Min(719, -180 * Math.Log(1 - random.NextDouble()));
            var evt = random.NextDouble() < 0.7 ? 1 : 0;
            text.Append(CultureInfo.InvariantCulture, $"g{g:0000},{x:0.###},{y:0.###},{time},{evt}\n");
        }

        File.WriteAllText(Path.Combine(dir, "data.csv"), text.ToString());
    }

    /// <summary>Reads <c>DIR/data.csv</c>, times both estimators (one warm-up, then the median of <paramref name="runs"/>), and writes <c>DIR/dotnet-km.csv</c>, <c>DIR/dotnet-lmer.csv</c> and <c>DIR/dotnet-times.csv</c>.</summary>
    /// <param name="dir">The folder.</param>
    /// <param name="runs">Timed runs per estimator.</param>
    public static void Time(string dir, int runs)
    {
        var lines = File.ReadAllLines(Path.Combine(dir, "data.csv"));
        var n = lines.Length - 1;
        var groups = new string[n];
        var covariates = new double[n, 1];
        var y = new double[n];
        var times = new double[n];
        var events = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var cells = lines[i + 1].Split(',');
            groups[i] = cells[0];
            covariates[i, 0] = double.Parse(cells[1], CultureInfo.InvariantCulture);
            y[i] = double.Parse(cells[2], CultureInfo.InvariantCulture);
            times[i] = double.Parse(cells[3], CultureInfo.InvariantCulture);
            events[i] = cells[4] == "1";
        }

        var (km, kmCold, kmMedian) = Measure(() => KaplanMeier.Estimate(times, events), runs);
        var (fit, lmerCold, lmerMedian) = Measure(() => RandomInterceptModel.Fit(y, groups, covariates, ["x"]), runs);

        var kmText = new StringBuilder("time,n.risk,n.event,surv,std.err\n");
        foreach (var row in km.EventTimes)
        {
            kmText.Append(CultureInfo.InvariantCulture, $"{row.Time:R},{row.AtRisk},{row.Events},{row.Survival:R},{row.StandardErrorCumulativeHazard:R}\n");
        }

        File.WriteAllText(Path.Combine(dir, "dotnet-km.csv"), kmText.ToString());
        var lmer = new StringBuilder("name,value\n");
        foreach (var effect in fit.FixedEffects)
        {
            lmer.Append(CultureInfo.InvariantCulture, $"estimate {effect.Term},{effect.Estimate:R}\nse {effect.Term},{effect.StandardError:R}\n");
        }

        lmer.Append(CultureInfo.InvariantCulture, $"group variance,{fit.RandomInterceptVariance:R}\nresidual variance,{fit.ResidualVariance:R}\nREML criterion,{fit.RemlCriterion:R}\n");
        File.WriteAllText(Path.Combine(dir, "dotnet-lmer.csv"), lmer.ToString());
        File.WriteAllText(
            Path.Combine(dir, "dotnet-times.csv"),
            string.Create(CultureInfo.InvariantCulture, $"what,first_s,median_s\nkaplan-meier,{kmCold:F4},{kmMedian:F4}\nlmer,{lmerCold:F4},{lmerMedian:F4}\n"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $".NET, {n} rows: Kaplan-Meier first {kmCold:F4} s, median {kmMedian:F4} s; REML random intercept first {lmerCold:F4} s, median {lmerMedian:F4} s"));
    }

    private static (T Result, double First, double Median) Measure<T>(Func<T> run, int runs)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        var first = watch.Elapsed.TotalSeconds;
        var seconds = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            watch.Restart();
            result = run();
            seconds[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(seconds);
        return (result, first, seconds[runs / 2]);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
