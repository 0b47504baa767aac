using System.Globalization;
using System.Text;

namespace PeerSupport.Rules.Testing;

/// <summary>The results of running a rule set's tests, with rule coverage.</summary>
/// <param name="Results">One result per test, in file order.</param>
/// <param name="Coverage">One entry per rule, in rule-set order.</param>
public sealed record RuleTestReport(IReadOnlyList<RuleTestResult> Results, IReadOnlyList<RuleCoverage> Coverage)
{
    /// <summary>Gets a value indicating whether every test passed.</summary>
    public bool Passed => Results.All(r => r.Passed);

    /// <summary>Renders the report: failures with their differences, then coverage per rule.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.AppendFormat(CultureInfo.InvariantCulture, "{0} passed, {1} failed", Results.Count(r => r.Passed), Results.Count(r => !r.Passed)).AppendLine();
        foreach (var result in Results.Where(r => !r.Passed))
        {
            builder.Append("FAIL ").AppendLine(result.Name);
            foreach (var difference in result.Differences)
            {
                builder.Append("  ").AppendLine(difference);
            }
        }

        foreach (var rule in Coverage)
        {
            builder.AppendFormat(CultureInfo.InvariantCulture, "{0}: fired {1}x", rule.RuleId, rule.TimesFired);
            foreach (var condition in rule.Conditions)
            {
                builder.AppendFormat(CultureInfo.InvariantCulture, "; {0} [{1}{2}]", condition.Text, condition.SeenTrue ? "T" : "-", condition.SeenFalse ? "F" : "-");
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }
}
