namespace PeerSupport.Rules.Testing;

/// <summary>The outcome of one rule test.</summary>
/// <param name="Name">The test name.</param>
/// <param name="Differences">What differed from the expectation (empty when it passed), e.g. <c>missing recommendation refer licensed_clinician stat</c>.</param>
/// <param name="Decision">The decision the test produced (with explanation).</param>
public sealed record RuleTestResult(string Name, IReadOnlyList<string> Differences, Decision Decision)
{
    /// <summary>Gets a value indicating whether the test passed.</summary>
    public bool Passed => Differences.Count == 0;
}
