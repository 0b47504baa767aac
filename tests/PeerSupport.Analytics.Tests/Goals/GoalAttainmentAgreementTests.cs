using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Goals;

namespace PeerSupport.Analytics.Tests.Goals;

/// <summary>
/// Core carries the GAS T-score for the rules fact <c>goals.tscore</c> (Core cannot depend on Analytics);
/// Analytics carries the researcher-facing version with its helper sums, validated against R. They must agree.
/// </summary>
public sealed class GoalAttainmentAgreementTests
{
    [Property]
    public Property CoreAndAnalytics_GiveTheSameTScore(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(1, 8);
        var weights = Enumerable.Range(0, count).Select(_ => (double)random.Next(1, 4)).ToArray();
        var attainments = Enumerable.Range(0, count).Select(_ => random.Next(-2, 3)).ToArray();
        var rho = random.Next(0, 10) / 10.0;
        var analytics = GoalAttainmentScaling.Compute(weights, attainments, rho).TScore;
        var core = PeerSupport.Domain.GoalAttainmentScaling.TScore(weights, attainments, rho);
        return (Math.Abs(analytics - core) <= 1e-12 * Math.Abs(core)).ToProperty();
    }
}
