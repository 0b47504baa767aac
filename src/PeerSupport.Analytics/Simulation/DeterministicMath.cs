namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// Natural logarithm and exponential built only from IEEE 754 addition, multiplication, division and exact
/// power-of-two scaling, so the simulator draws bit-identical numbers on every processor and .NET version
/// (the platform's <see cref="Math.Log(double)"/> and <see cref="Math.Exp"/> may differ in the last bit).
/// Accurate to a few units in the last place, which is ample for simulation.
/// </summary>
internal static class DeterministicMath
{
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;

    // 1 / (2k + 1) for k = 0..13: the coefficients of the atanh series.
    private static readonly double[] s_atanhCoefficients = [.. Enumerable.Range(0, 14).Select(k => 1.0 / ((2 * k) + 1))];

    /// <summary>Returns ln(<paramref name="x"/>) for finite <paramref name="x"/> &gt; 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="x"/> is not finite and positive.</exception>
    public static double Log(double x)
    {
        if (!(x > 0) || !double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, $"Log needs a finite positive argument, was {x}.");
        }

        var exponent = 0;
        if (x < 2.2250738585072014E-308)
        {
            x *= 18014398509481984.0; // 2^54: lift subnormals into the normal range.
            exponent = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;
        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L); // in [1, 2)
        if (mantissa > Sqrt2)
        {
            mantissa *= 0.5;
            exponent++;
        }

        // ln m = 2 atanh(f) with f = (m - 1) / (m + 1), |f| <= 0.172: the odd series converges fast.
        var f = (mantissa - 1) / (mantissa + 1);
        var s = f * f;
        var coefficients = s_atanhCoefficients;
        var series = coefficients[13];
        for (var k = 12; k >= 0; k--)
        {
            series = coefficients[k] + (s * series);
        }

        return (exponent * Ln2) + (2 * f * series);
    }

    /// <summary>Returns e^<paramref name="x"/>; 0 below −745 and +∞ above 709.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="x"/> is NaN.</exception>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "Exp needs a number, was NaN.");
        }

        if (x < -745)
        {
            return 0;
        }

        if (x > 709)
        {
            return double.PositiveInfinity;
        }

        // e^x = 2^k e^r with |r| <= ln2 / 2; a degree-16 Taylor polynomial is exact to double precision there.
        var k = Math.Round(x / Ln2);
        var r = x - (k * Ln2);
        var sum = 1.0;
        for (var n = 16; n >= 1; n--)
        {
            sum = 1 + (sum * r / n);
        }

        return Math.ScaleB(sum, (int)k);
    }

    /// <summary>Returns the logistic function 1 / (1 + e^−x).</summary>
    public static double Logistic(double x) => 1 / (1 + Exp(-x));

    /// <summary>Returns the logit ln(p / (1 − p)) for p in (0, 1).</summary>
    public static double Logit(double p) => Log(p / (1 - p));
}
