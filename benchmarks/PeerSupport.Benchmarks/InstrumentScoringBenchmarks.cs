using BenchmarkDotNet.Attributes;
using PeerSupport.Instruments;

namespace PeerSupport.Benchmarks;

/// <summary>Scoring one PHQ-9: complete answers (baseline), one prorated item, and the flag item missing.</summary>
[MemoryDiagnoser]
public class InstrumentScoringBenchmarks
{
    private readonly int?[] _complete = [2, 1, 3, 0, 1, 2, 1, 0, 1];
    private readonly int?[] _prorated = [2, 1, null, 0, 1, 2, 1, 0, 1];
    private readonly int?[] _flagMissing = [2, 1, 3, 0, 1, 2, 1, 0, null];

    [Benchmark(Baseline = true)]
    public int? Complete() => BuiltInInstruments.Phq9.Score(_complete).Total;

    [Benchmark]
    public int? Prorated() => BuiltInInstruments.Phq9.Score(_prorated).Total;

    [Benchmark]
    public int? FlagItemMissing() => BuiltInInstruments.Phq9.Score(_flagMissing).Total;

    [Benchmark]
    public int ValueType() => Phq9Score.FromItems([2, 1, 3, 0, 1, 2, 1, 0, 1]).Total;
}
