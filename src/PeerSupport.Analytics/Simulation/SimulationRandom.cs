namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// The simulator's pseudo-random source: xoshiro256** (Blackman and Vigna, 2018) seeded through SplitMix64,
/// with uniform, Bernoulli, normal (Marsaglia polar), log-normal and Poisson draws built on
/// <see cref="DeterministicMath"/>. Every draw depends only on the seed and the stream number, never on the
/// platform, the .NET version or <see cref="Random"/>'s algorithm, so a seed reproduces a dataset exactly.
/// </summary>
/// <remarks>Not thread-safe: each simulated group owns its own stream.</remarks>
internal sealed class SimulationRandom
{
    private const double TwoPowMinus53 = 1.0 / (1UL << 53);

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spareNormal;
    private bool _hasSpareNormal;

    /// <summary>Initializes a generator whose state is four SplitMix64 outputs from <paramref name="seed"/>.</summary>
    /// <param name="seed">Any 64-bit value.</param>
    public SimulationRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    /// <summary>Creates a generator with the given xoshiro256** state (not all zero), for checking against published test vectors.</summary>
    internal static SimulationRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        var random = new SimulationRandom(0);
        (random._s0, random._s1, random._s2, random._s3) = (s0, s1, s2, s3);
        return random;
    }

    /// <summary>Creates the independent stream <paramref name="stream"/> of a simulation seed.</summary>
    /// <param name="seed">The simulation seed.</param>
    /// <param name="stream">The stream number (e.g. the group index).</param>
    /// <returns>A generator whose sequence does not overlap other streams' in practice.</returns>
    public static SimulationRandom ForStream(long seed, ulong stream)
    {
        // Hash the seed and the stream separately before combining, so (seed, stream) pairs never land on
        // shifted copies of one SplitMix64 sequence.
        return new SimulationRandom(Mix(Mix(unchecked((ulong)seed)) ^ Mix(stream + 0x632BE59BD9B4E019UL)));
    }

    /// <summary>Returns the next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * TwoPowMinus53;

    /// <summary>Returns a uniform integer in [0, <paramref name="count"/>) (Lemire's multiply-shift; bias below 2^−40).</summary>
    /// <param name="count">The number of outcomes, at least 1.</param>
    public int NextInt(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)Math.BigMul(NextUInt64(), (ulong)count, out _);
    }

    /// <summary>Returns <see langword="true"/> with probability <paramref name="probability"/>.</summary>
    public bool Bernoulli(double probability) => NextDouble() < probability;

    /// <summary>Returns a standard normal draw (Marsaglia's polar method; the second value of each pair is kept for the next call).</summary>
    public double Normal()
    {
        if (_hasSpareNormal)
        {
            _hasSpareNormal = false;
            return _spareNormal;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * DeterministicMath.Log(s) / s);
        _spareNormal = v * factor;
        _hasSpareNormal = true;
        return u * factor;
    }

    /// <summary>Returns a normal draw with the given mean and standard deviation.</summary>
    public double Normal(double mean, double standardDeviation) => mean + (standardDeviation * Normal());

    /// <summary>Returns e^(σZ) for a standard normal Z: a log-normal multiplier with median 1.</summary>
    public double LogNormal(double sigma) => DeterministicMath.Exp(sigma * Normal());

    /// <summary>Returns a Poisson draw: Knuth's product method below a mean of 30, a rounded normal approximation above.</summary>
    /// <param name="mean">The mean, 0 or more.</param>
    public int Poisson(double mean)
    {
        if (!(mean > 0))
        {
            return 0;
        }

        if (mean >= 30)
        {
            return (int)Math.Max(0, Math.Round(Normal(mean, Math.Sqrt(mean))));
        }

        var limit = DeterministicMath.Exp(-mean);
        var count = -1;
        var product = 1.0;
        do
        {
            count++;
            product *= NextDouble();
        }
        while (product > limit);

        return count;
    }

    /// <summary>Returns an index drawn with probability proportional to the weights (at least one positive).</summary>
    public int Choose(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        var target = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target < 0 && weights[i] > 0)
            {
                return i;
            }
        }

        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        throw new ArgumentException("At least one weight must be positive.", nameof(weights));
    }

    /// <summary>SplitMix64 (Steele, Lea and Flood, 2014): advances the state and returns its mixed value.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
