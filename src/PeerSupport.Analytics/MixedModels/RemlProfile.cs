namespace PeerSupport.Analytics.MixedModels;

/// <summary>
/// The profiled REML criterion of a random-intercept model as a function of λ = θ², and its exact derivative.
/// Each evaluation transforms the data by V^(-1/2) group by group (V_j^(-1/2) = I − a_j 11') and solves the
/// resulting least-squares problem by Householder QR, which avoids forming X'V⁻¹X and its cancellation. O(n p²).
/// </summary>
internal sealed class RemlProfile
{
    private readonly int _n;
    private readonly int _p;
    private readonly double[][] _x;
    private readonly double[] _y;
    private readonly int[] _group;
    private readonly int[] _sizes;
    private readonly double[][] _columnSums;
    private readonly double[] _ySums;

    public RemlProfile(double[][] x, double[] y, int[] group, int groupCount)
    {
        _x = x;
        _y = y;
        _group = group;
        _n = y.Length;
        _p = x.Length;
        _sizes = new int[groupCount];
        _columnSums = new double[groupCount][];
        _ySums = new double[groupCount];
        for (var j = 0; j < groupCount; j++)
        {
            _columnSums[j] = new double[_p];
        }

        for (var i = 0; i < _n; i++)
        {
            var j = group[i];
            _sizes[j]++;
            _ySums[j] += y[i];
            for (var c = 0; c < _p; c++)
            {
                _columnSums[j][c] += x[c][i];
            }
        }
    }

    public int[] GroupSizes => _sizes;

    public Evaluation Evaluate(double lambda)
    {
        var groups = _sizes.Length;
        var shrink = new double[groups];
        var logDetV = 0.0;
        for (var j = 0; j < groups; j++)
        {
            var scaled = lambda * _sizes[j];
            logDetV += Math.Log(1 + scaled);
            shrink[j] = (1 - (1 / Math.Sqrt(1 + scaled))) / _sizes[j];
        }

        // Columns of V^(-1/2) X and V^(-1/2) y: subtract a fraction of each group's sum.
        var a = new double[_p][];
        for (var c = 0; c < _p; c++)
        {
            var column = new double[_n];
            var source = _x[c];
            for (var i = 0; i < _n; i++)
            {
                column[i] = source[i] - (shrink[_group[i]] * _columnSums[_group[i]][c]);
            }

            a[c] = column;
        }

        var qty = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            qty[i] = _y[i] - (shrink[_group[i]] * _ySums[_group[i]]);
        }

        var r = HouseholderQr(a, qty);
        if (r is null)
        {
            throw new ArgumentException("The fixed-effects design matrix is rank deficient (collinear or constant covariates).");
        }

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

        var rss = 0.0;
        for (var i = _p; i < _n; i++)
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

        // d/dλ: tr(V⁻¹ZZ') − tr(A⁻¹ Σ w_j² s_j s_j') − (n − p) Σ w_j² (Σ_group r)² / r'V⁻¹r, w_j = 1/(1 + λ n_j).
        var traceV = 0.0;
        var traceA = 0.0;
        var residualTerm = 0.0;
        var u = new double[_p];
        for (var j = 0; j < groups; j++)
        {
            var w = 1 / (1 + (lambda * _sizes[j]));
            traceV += _sizes[j] * w;
            var sj = _columnSums[j];
            var norm2 = 0.0;
            for (var k = 0; k < _p; k++)
            {
                var s = sj[k];
                for (var c = 0; c < k; c++)
                {
                    s -= r[c, k] * u[c];
                }

                u[k] = s / r[k, k];
                norm2 += u[k] * u[k];
            }

            traceA += w * w * norm2;
            var residualSum = _ySums[j];
            for (var c = 0; c < _p; c++)
            {
                residualSum -= sj[c] * beta[c];
            }

            residualTerm += w * w * residualSum * residualSum;
        }

        var derivative = traceV - traceA - (dof * residualTerm / rss);
        return new Evaluation(criterion, derivative, beta, r, rss);
    }

    /// <summary>In-place Householder QR of the columns <paramref name="a"/>, applied to <paramref name="qty"/>; null when rank deficient.</summary>
    private double[,]? HouseholderQr(double[][] a, double[] qty)
    {
        var r = new double[_p, _p];
        var scale = 0.0;
        foreach (var column in a)
        {
            var norm = 0.0;
            foreach (var v in column)
            {
                norm += v * v;
            }

            scale = Math.Max(scale, Math.Sqrt(norm));
        }

        for (var k = 0; k < _p; k++)
        {
            var col = a[k];
            var norm = 0.0;
            for (var i = k; i < _n; i++)
            {
                norm += col[i] * col[i];
            }

            norm = Math.Sqrt(norm);
            if (!(norm > 1e-11 * scale))
            {
                return null;
            }

            var alpha = col[k] > 0 ? -norm : norm;
            var v0 = col[k] - alpha;
            col[k] = v0;
            var vNorm2 = 0.0;
            for (var i = k; i < _n; i++)
            {
                vNorm2 += col[i] * col[i];
            }

            var beta = 2 / vNorm2;
            for (var c = k + 1; c < _p; c++)
            {
                var target = a[c];
                var s = 0.0;
                for (var i = k; i < _n; i++)
                {
                    s += col[i] * target[i];
                }

                s *= beta;
                for (var i = k; i < _n; i++)
                {
                    target[i] -= s * col[i];
                }
            }

            var sy = 0.0;
            for (var i = k; i < _n; i++)
            {
                sy += col[i] * qty[i];
            }

            sy *= beta;
            for (var i = k; i < _n; i++)
            {
                qty[i] -= sy * col[i];
            }

            r[k, k] = alpha;
            for (var c = k + 1; c < _p; c++)
            {
                r[k, c] = a[c][k];
            }
        }

        return r;
    }

    /// <summary>The criterion, its derivative in λ, the GLS coefficients, the R factor of V^(-1/2)X and r'V⁻¹r at one λ.</summary>
    internal readonly record struct Evaluation(double Criterion, double Derivative, double[] Beta, double[,] R, double Rss);
}
