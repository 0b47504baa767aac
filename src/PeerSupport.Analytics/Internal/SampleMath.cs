using System.Globalization;

namespace PeerSupport.Analytics.Internal;

/// <summary>Small numeric helpers shared by the part-B statistics: input guards, two-pass mean and variance, medians.</summary>
internal static class SampleMath
{
    /// <summary>Throws when <paramref name="values"/> has fewer than <paramref name="minimum"/> elements or contains NaN or an infinity.</summary>
    public static void RequireFinite(ReadOnlySpan<double> values, int minimum, string paramName)
    {
        if (values.Length < minimum)
        {
            throw new ArgumentException($"{paramName} must contain at least {minimum} value(s), had {values.Length}.", paramName);
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{paramName}[{i}] must be a finite number, was {Format(values[i])}.", paramName);
            }
        }
    }

    /// <summary>Throws when the two spans differ in length.</summary>
    public static void RequireSameLength(int first, int second, string firstName, string secondName)
    {
        if (first != second)
        {
            throw new ArgumentException($"{firstName} and {secondName} must have the same length, were {first} and {second}.", secondName);
        }
    }

    /// <summary>Arithmetic mean with a second-pass correction (as R's <c>mean</c>).</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;
        var correction = 0.0;
        foreach (var v in values)
        {
            correction += v - mean;
        }

        return mean + (correction / values.Length);
    }

    /// <summary>Sample variance with the n − 1 denominator, two-pass around <paramref name="mean"/>.</summary>
    public static double SampleVariance(ReadOnlySpan<double> values, double mean)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            var d = v - mean;
            sum += d * d;
        }

        return sum / (values.Length - 1);
    }

    /// <summary>Median (mean of the two middle values for an even count); sorts <paramref name="values"/> in place.</summary>
    public static double MedianInPlace(Span<double> values)
    {
        values.Sort();
        var half = values.Length / 2;
        return values.Length % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
