using System.Diagnostics;
using PeerSupport.Analytics.Simulation;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Simulation;

/// <summary>
/// Measures simulation time and allocation for about 1k, 10k and 100k members (defaults: about 16 members per group).
/// Reports figures only; there are no timed assertions, so a slow CI machine cannot fail it.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CohortSimulatorScaleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(63)]
    [InlineData(630)]
    [InlineData(6300)]
    public void Simulate_LargeCohort_MeasuresTimeAndAllocation(int groups)
    {
        var simulator = new CohortSimulator(new SimulationOptions { Seed = 12345, GroupCount = groups });
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pauseBefore = GC.GetTotalPauseDuration();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var builder = simulator.CreateBuilder();
        var simulated = clock.Elapsed;
        var simulatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var simulatedCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var dataset = builder.Build().GetValueOrThrow();
        clock.Stop();

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        output.WriteLine(
            $"{groups} groups: {dataset.Members.Length} members, {dataset.Attendance.Length} attendance rows, {dataset.Assessments.Length} assessments; " +
            $"simulate {simulated.TotalSeconds:F2} s wall, {simulatedCpu.TotalSeconds:F2} s CPU, {simulatedBytes / 1048576.0:F0} MiB allocated; " +
            $"simulate + build {clock.Elapsed.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU, {allocated / 1048576.0:F0} MiB allocated, GC pauses {pause.TotalSeconds:F2} s; " +
            $"managed heap after {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:F0} MiB");

        Assert.InRange(dataset.Members.Length, groups * 14, groups * 18);
        Assert.Empty(dataset.Warnings);
    }
}
