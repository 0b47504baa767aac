namespace PeerSupport.Analytics.MixedModels;

/// <summary>
/// The profiled REML criterion of a random-intercept model as a function of λ = θ², and its exact derivative.
/// </summary>
/// <remarks>
/// With V_j^(-1/2) = I − (1 − s_j) 11'/n_j, s_j = (1 + λ n_j)^(-1/2), row i of group j becomes
/// (x_i − x̄_j) + s_j x̄_j, and because within-group deviations sum to 0,
/// ‖V^(-1/2)(y − Xβ)‖² = ‖y_c − X_cβ‖² + Σ_j n_j s_j² (ȳ_j − x̄_jβ)², where the subscript c means centred within
/// groups. The within-group part is reduced once by Householder QR to a p×p factor; each evaluation then solves a
/// (p + G)×p least-squares problem by QR, so X'V⁻¹X is never formed and the cost per evaluation is O((p + G) p²)
/// after an O(n p²) set-up.
/// </remarks>
internal sealed class RemlProfile
{
    private readonly int _n;
    private readonly int _p;
    private readonly int[] _sizes;
    private readonly double[][] _groupMeansX;
    private readonly double[] _groupMeansY;
    private readonly double[,] _withinR;
    private readonly double[] _withinQty;
    private readonly double _withinTail;

    public RemlProfile(double[][] x, double[] y, int[] group, int groupCount)
    {
        _n = y.Length;
        _p = x.Length;
        _sizes = new int[groupCount];
        _groupMeansX = new double[groupCount][];
        _groupMeansY = new double[groupCount];
        for (var j = 0; j < groupCount; j++)
        {
            _groupMeansX[j] = new double[_p];
        }

        for (var i = 0; i < _n; i++)
        {
            var j = group[i];
            _sizes[j]++;
            _groupMeansY[j] += y[i];
            for (var c = 0; c < _p; c++)
            {
                _groupMeansX[j][c] += x[c][i];
            }
        }

        for (var j = 0; j < groupCount; j++)
        {
            _groupMeansY[j] /= _sizes[j];
            for (var c = 0; c < _p; c++)
            {
                _groupMeansX[j][c] /= _sizes[j];
            }
        }

        var centred = new double[_p][];
        for (var c = 0; c < _p; c++)
        {
            centred[c] = new double[_n];
            for (var i = 0; i < _n; i++)
            {
                centred[c][i] = x[c][i] - _groupMeansX[group[i]][c];
            }
        }

        var qty = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            qty[i] = y[i] - _groupMeansY[group[i]];
        }

        _withinR = HouseholderQr(centred, qty, _n, _p, rankTolerance: null)!;
        _withinQty = qty[.._p];
        var tail = 0.0;
        for (var i = _p; i < _n; i++)
        {
            tail += qty[i] * qty[i];
        }

        _withinTail = tail;
    }

    public int[] GroupSizes => _sizes;

    public Evaluation Evaluate(double lambda)
    {
        var groups = _sizes.Length;
        var rows = _p + groups;
        var a = new double[_p][];
        for (var c = 0; c < _p; c++)
        {
            a[c] = new double[rows];
            for (var k = 0; k <= c; k++)
            {
                a[c][k] = _withinR[k, c];
            }
        }

        var qty = new double[rows];
        Array.Copy(_withinQty, qty, _p);
        var logDetV = 0.0;
        for (var j = 0; j < groups; j++)
        {
            var scaled = lambda * _sizes[j];
            logDetV += Math.Log(1 + scaled);
            var weight = Math.Sqrt(_sizes[j] / (1 + scaled));
            for (var c = 0; c < _p; c++)
            {
                a[c][_p + j] = weight * _groupMeansX[j][c];
            }

            qty[_p + j] = weight * _groupMeansY[j];
        }

        var r = HouseholderQr(a, qty, rows, _p, rankTolerance: 1e-10)
            ?? throw new ArgumentException("The fixed-effects design matrix is rank deficient (collinear or constant covariates).");
        var beta = new double[_p];
        for (var k = _p - 1; k >= 0; k--)
        {
            var s = qty[k];
            for (var c = k + 1; c < _p; c++)
            {
                s -= r[k, c] * beta[c];
            }

            beta[k] = s / r[k, k];
        }

        var rss = _withinTail;
        for (var i = _p; i < rows; i++)
        {
            rss += qty[i] * qty[i];
        }

        var logDetA = 0.0;
        for (var k = 0; k < _p; k++)
        {
            logDetA += 2 * Math.Log(Math.Abs(r[k, k]));
        }

        double dof = _n - _p;
        var criterion = logDetV + logDetA + (dof * (1 + Math.Log(2 * Math.PI * rss / dof)));

        // d/dλ: tr(V⁻¹ZZ') − tr(A⁻¹ Σ w_j² s_j s_j') − (n − p) Σ w_j² (Σ_group r)² / r'V⁻¹r,
        // with w_j = 1/(1 + λ n_j), s_j = n_j x̄_j (group column sums) and Σ_group r = n_j (ȳ_j − x̄_j β).
        var traceV = 0.0;
        var traceA = 0.0;
        var residualTerm = 0.0;
        var u = new double[_p];
        for (var j = 0; j < groups; j++)
        {
            double size = _sizes[j];
            var w = 1 / (1 + (lambda * size));
            traceV += size * w;
            var means = _groupMeansX[j];
            var norm2 = 0.0;
            for (var k = 0; k < _p; k++)
            {
                var s = size * means[k];
                for (var c = 0; c < k; c++)
                {
                    s -= r[c, k] * u[c];
                }

                u[k] = s / r[k, k];
                norm2 += u[k] * u[k];
            }

            traceA += w * w * norm2;
            var residualMean = _groupMeansY[j];
            for (var c = 0; c < _p; c++)
            {
                residualMean -= means[c] * beta[c];
            }

            var residualSum = size * residualMean;
            residualTerm += w * w * residualSum * residualSum;
        }

        var derivative = traceV - traceA - (dof * residualTerm / rss);
        return new Evaluation(criterion, derivative, beta, r, rss);
    }

    /// <summary>
    /// In-place Householder QR of the columns <paramref name="a"/> (each <paramref name="rows"/> long), applied to
    /// <paramref name="qty"/>. With a rank tolerance, returns null when a pivot is below it relative to the largest
    /// column norm; without one, exactly zero columns are passed through (R_kk = 0).
    /// </summary>
    private static double[,]? HouseholderQr(double[][] a, double[] qty, int rows, int p, double? rankTolerance)
    {
        var r = new double[p, p];
        var scale = 0.0;
        foreach (var column in a)
        {
            var norm = 0.0;
            for (var i = 0; i < rows; i++)
            {
                norm += column[i] * column[i];
            }

            scale = Math.Max(scale, Math.Sqrt(norm));
        }

        for (var k = 0; k < p; k++)
        {
            var col = a[k];
            var norm = 0.0;
            for (var i = k; i < rows; i++)
            {
                norm += col[i] * col[i];
            }

            norm = Math.Sqrt(norm);
            if (rankTolerance is { } tolerance && !(norm > tolerance * scale))
            {
                return null;
            }

            if (norm == 0)
            {
                for (var c = k + 1; c < p; c++)
                {
                    r[k, c] = a[c][k];
                }

                continue;
            }

            var alpha = col[k] > 0 ? -norm : norm;
            col[k] -= alpha;
            var vNorm2 = 0.0;
            for (var i = k; i < rows; i++)
            {
                vNorm2 += col[i] * col[i];
            }

            var beta = 2 / vNorm2;
            for (var c = k + 1; c < p; c++)
            {
                var target = a[c];
                var s = 0.0;
                for (var i = k; i < rows; i++)
                {
                    s += col[i] * target[i];
                }

                s *= beta;
                for (var i = k; i < rows; i++)
                {
                    target[i] -= s * col[i];
                }
            }

            var sy = 0.0;
            for (var i = k; i < rows; i++)
            {
                sy += col[i] * qty[i];
            }

            sy *= beta;
            for (var i = k; i < rows; i++)
            {
                qty[i] -= sy * col[i];
            }

            r[k, k] = alpha;
            for (var c = k + 1; c < p; c++)
            {
                r[k, c] = a[c][k];
            }
        }

        return r;
    }

    /// <summary>The criterion, its derivative in λ, the GLS coefficients, the R factor of V^(-1/2)X and r'V⁻¹r at one λ.</summary>
    internal readonly record struct Evaluation(double Criterion, double Derivative, double[] Beta, double[,] R, double Rss);
}
