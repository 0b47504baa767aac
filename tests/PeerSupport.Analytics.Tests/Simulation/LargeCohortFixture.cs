using PeerSupport.Analytics.Simulation;
using PeerSupport.Datasets;

namespace PeerSupport.Analytics.Tests.Simulation;

/// <summary>One default-parameter cohort of 300 groups (about 5,000 members), simulated once for the realism tests.</summary>
public sealed class LargeCohortFixture
{
    public LargeCohortFixture()
    {
        Options = new SimulationOptions { Seed = 20240601, GroupCount = 300 };
        Dataset = new CohortSimulator(Options).Simulate();
    }

    public SimulationOptions Options { get; }

    public PeerSupportDataset Dataset { get; }
}
