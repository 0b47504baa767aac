using System.Globalization;
using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.MixedModels;

/// <summary>
/// Fits random-intercept linear mixed models by REML, matching lme4's <c>lmer(y ~ x1 + ... + (1 | group), REML = TRUE)</c>.
/// Thread-safe (no shared state).
/// </summary>
/// <remarks>
/// The profiled REML criterion is one-dimensional in θ = τ/σ. It is scanned on a log grid (θ = 0 and 10⁻⁴ … 10⁴), and
/// the best bracket is refined by Brent's root finder on the exact derivative (the REML score equation in λ = θ²), to
/// machine precision; lme4's default derivative-free optimizer stops about 1e-8 (relative) away from this optimum.
/// Unbalanced groups and any number of covariates are accepted. O(n p²) per criterion evaluation.
/// </remarks>
public static class RandomInterceptModel
{
    /// <summary>The name of the intercept term, as lme4 prints it.</summary>
    public const string InterceptName = "(Intercept)";

    /// <summary>Fits <c>y ~ 1 + (1 | group)</c>.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="response">The outcome y, finite.</param>
    /// <param name="groups">The group of each observation, not null; at least 2 distinct groups.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the input is invalid or the model cannot be estimated (see the other overload).</exception>
    public static RandomInterceptFit Fit<TGroup>(IReadOnlyList<double> response, IReadOnlyList<TGroup> groups)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(response);
        return Fit(response, groups, new double[response.Count, 0], []);
    }

    /// <summary>Fits <c>y ~ x1 + ... + xq + (1 | group)</c>; the intercept is added.</summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="response">The outcome y, finite; n values.</param>
    /// <param name="groups">The group of each observation, not null; n values, at least 2 distinct groups.</param>
    /// <param name="covariates">The covariates, n rows × q columns (q ≥ 0), finite; binary covariates as 0/1 numbers.</param>
    /// <param name="covariateNames">One distinct, non-empty name per covariate column.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// Thrown when lengths differ, a value is not finite, a label is null, names are missing or repeated, there are fewer
    /// than 2 groups, n ≤ p (number of fixed effects), the covariates are collinear, or the residual variance is 0 (the
    /// fixed effects, or the fixed effects and groups, fit y exactly).
    /// </exception>
    public static RandomInterceptFit Fit<TGroup>(IReadOnlyList<double> response, IReadOnlyList<TGroup> groups, double[,] covariates, IReadOnlyList<string> covariateNames)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(covariates);
        ArgumentNullException.ThrowIfNull(covariateNames);
        var n = response.Count;
        var q = covariates.GetLength(1);
        if (groups.Count != n)
        {
            throw new ArgumentException($"groups must have one entry per response: response has {n}, groups has {groups.Count}.", nameof(groups));
        }

        if (covariates.GetLength(0) != n)
        {
            throw new ArgumentException($"covariates must have one row per response: response has {n}, covariates has {covariates.GetLength(0)} rows.", nameof(covariates));
        }

        if (covariateNames.Count != q)
        {
            throw new ArgumentException($"covariateNames must name every covariate column: {q} columns, {covariateNames.Count} names.", nameof(covariateNames));
        }

        var names = new List<string> { InterceptName };
        for (var c = 0; c < q; c++)
        {
            var name = covariateNames[c];
            if (string.IsNullOrWhiteSpace(name) || names.Contains(name, StringComparer.Ordinal))
            {
                throw new ArgumentException($"covariateNames[{c}] must be non-empty and distinct from the other terms.", nameof(covariateNames));
            }

            names.Add(name);
        }

        var p = q + 1;
        if (n <= p)
        {
            throw new ArgumentException($"The model needs more observations than fixed effects: n = {n}, p = {p}.", nameof(response));
        }

        var y = new double[n];
        var x = new double[p][];
        x[0] = new double[n];
        Array.Fill(x[0], 1.0);
        for (var c = 1; c < p; c++)
        {
            x[c] = new double[n];
        }

        for (var i = 0; i < n; i++)
        {
            if (groups[i] is null)
            {
                throw new ArgumentException($"groups[{i}] must not be null.", nameof(groups));
            }

            y[i] = response[i];
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"response[{i}] must be finite, was {y[i].ToString(CultureInfo.InvariantCulture)}.", nameof(response));
            }

            for (var c = 0; c < q; c++)
            {
                var value = covariates[i, c];
                if (!double.IsFinite(value))
                {
                    throw new ArgumentException($"covariates[{i}, {c}] ({names[c + 1]}) must be finite, was {value.ToString(CultureInfo.InvariantCulture)}.", nameof(covariates));
                }

                x[c + 1][i] = value;
            }
        }

        var levels = GroupLevels.Distinct(groups);
        if (levels.Length < 2)
        {
            throw new ArgumentException($"A random-intercept model needs at least 2 groups, got {levels.Length}.", nameof(groups));
        }

        var lookup = new Dictionary<TGroup, int>(levels.Length);
        for (var j = 0; j < levels.Length; j++)
        {
            lookup[levels[j]] = j;
        }

        var groupIndex = new int[n];
        for (var i = 0; i < n; i++)
        {
            groupIndex[i] = lookup[groups[i]];
        }

        var profile = new RemlProfile(x, y, groupIndex, levels.Length);
        var ols = profile.Evaluate(0);
        if (!(ols.Rss > 1e-24 * SumOfSquares(y)))
        {
            throw new ArgumentException("The fixed effects fit the response exactly, so the residual variance is 0 and the model cannot be estimated.", nameof(response));
        }

        var lambda = Optimize(profile, ols);
        var fit = lambda == 0 ? ols : profile.Evaluate(lambda);
        return Build(n, profile.GroupSizes, names, fit, lambda);
    }

    private static double SumOfSquares(double[] y)
    {
        var s = 0.0;
        foreach (var v in y)
        {
            s += v * v;
        }

        return s;
    }

    private static double Optimize(RemlProfile profile, RemlProfile.Evaluation atZero)
    {
        // θ grid: 0, then 10^(k/8) for k = -32..32.
        var thetas = new List<double> { 0 };
        for (var k = -32; k <= 32; k++)
        {
            thetas.Add(Math.Pow(10, k / 8.0));
        }

        var best = 0;
        var bestValue = atZero.Criterion;
        for (var i = 1; i < thetas.Count; i++)
        {
            var value = profile.Evaluate(thetas[i] * thetas[i]).Criterion;
            if (value < bestValue)
            {
                best = i;
                bestValue = value;
            }
        }

        if (best <= 1 && atZero.Derivative >= 0)
        {
            // The criterion rises from θ = 0 and the grid finds nothing lower further out: a boundary (singular) fit,
            // reported as exactly θ = 0 as lme4 does, not as a tiny θ chosen by rounding noise.
            return 0;
        }

        if (best == 0)
        {
            // Boundary: θ = 0 is the REML estimate when the criterion does not decrease into θ > 0.
            if (atZero.Derivative >= 0)
            {
                return 0;
            }

            return FindScoreRoot(profile, 0, thetas[1] * thetas[1]);
        }

        var lo = thetas[best - 1];
        var hi = best + 1 < thetas.Count ? thetas[best + 1] : thetas[best] * 10;
        while (profile.Evaluate(hi * hi).Derivative < 0)
        {
            if (hi > 1e12)
            {
                throw new ArgumentException("The REML estimate of the residual variance tends to 0 (no variation within groups after the fixed effects); the model cannot be estimated.");
            }

            lo = hi;
            hi *= 10;
        }

        return FindScoreRoot(profile, lo * lo, hi * hi);
    }

    /// <summary>Brent's method (Dekker–Brent zeroin) on the derivative in λ over a bracket with a sign change.</summary>
    private static double FindScoreRoot(RemlProfile profile, double lower, double upper)
    {
        var a = lower;
        var b = upper;
        var fa = profile.Evaluate(a).Derivative;
        var fb = profile.Evaluate(b).Derivative;
        if (fa >= 0)
        {
            // No sign change (the criterion is not unimodal on the bracket): take the better end.
            return profile.Evaluate(a).Criterion <= profile.Evaluate(b).Criterion ? a : b;
        }

        if (fb <= 0)
        {
            return fb == 0 ? b : (profile.Evaluate(a).Criterion <= profile.Evaluate(b).Criterion ? a : b);
        }

        var c = a;
        var fc = fa;
        var d = b - a;
        var e = d;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            if (Math.Sign(fb) == Math.Sign(fc))
            {
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tolerance = 2 * double.Epsilon + (4e-16 * Math.Abs(b));
            var m = 0.5 * (c - b);
            if (Math.Abs(m) <= tolerance || fb == 0)
            {
                return b;
            }

            if (Math.Abs(e) >= tolerance && Math.Abs(fa) > Math.Abs(fb))
            {
                double pStep, qStep;
                var s = fb / fa;
                if (a == c)
                {
                    pStep = 2 * m * s;
                    qStep = 1 - s;
                }
                else
                {
                    var qa = fa / fc;
                    var r = fb / fc;
                    pStep = s * ((2 * m * qa * (qa - r)) - ((b - a) * (r - 1)));
                    qStep = (qa - 1) * (r - 1) * (s - 1);
                }

                if (pStep > 0)
                {
                    qStep = -qStep;
                }
                else
                {
                    pStep = -pStep;
                }

                if (2 * pStep < Math.Min((3 * m * qStep) - Math.Abs(tolerance * qStep), Math.Abs(e * qStep)))
                {
                    e = d;
                    d = pStep / qStep;
                }
                else
                {
                    d = m;
                    e = m;
                }
            }
            else
            {
                d = m;
                e = m;
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tolerance ? d : (m > 0 ? tolerance : -tolerance);
            fb = profile.Evaluate(b).Derivative;
        }

        return b;
    }

    private static RandomInterceptFit Build(int n, int[] sizes, List<string> names, RemlProfile.Evaluation fit, double lambda)
    {
        var p = names.Count;
        var sigma2 = fit.Rss / (n - p);

        // (X'V⁻¹X)⁻¹ = R⁻¹R⁻ᵀ.
        var rInverse = new double[p, p];
        for (var col = 0; col < p; col++)
        {
            rInverse[col, col] = 1 / fit.R[col, col];
            for (var row = col - 1; row >= 0; row--)
            {
                var s = 0.0;
                for (var k = row + 1; k <= col; k++)
                {
                    s += fit.R[row, k] * rInverse[k, col];
                }

                rInverse[row, col] = -s / fit.R[row, row];
            }
        }

        var covariance = new IReadOnlyList<double>[p];
        var effects = new FixedEffect[p];
        for (var i = 0; i < p; i++)
        {
            var row = new double[p];
            for (var j = 0; j < p; j++)
            {
                var s = 0.0;
                for (var k = Math.Max(i, j); k < p; k++)
                {
                    s += rInverse[i, k] * rInverse[j, k];
                }

                row[j] = sigma2 * s;
            }

            covariance[i] = Array.AsReadOnly(row);
            effects[i] = new FixedEffect(names[i], fit.Beta[i], Math.Sqrt(row[i]));
        }

        return new RandomInterceptFit(n, Array.AsReadOnly((int[])sizes.Clone()), Array.AsReadOnly(effects), Array.AsReadOnly(covariance), Math.Sqrt(lambda), sigma2, fit.Criterion, fit.Derivative);
    }
}
