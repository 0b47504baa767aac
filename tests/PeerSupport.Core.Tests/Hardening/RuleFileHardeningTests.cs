using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Core.Tests.Hardening;

/// <summary>Rule files from untrusted sources: every file within the limits loads fast, and every defect is an error with a JSON pointer.</summary>
public sealed class RuleFileHardeningTests
{
    /// <summary>Generous bound for one load: a hang (exponential work) fails, a slow shared machine does not.</summary>
    internal static readonly TimeSpan LoadBound = TimeSpan.FromSeconds(20);

    private static readonly RuleSetCompileOptions s_noProtected = new() { ProtectedRuleIds = [] };

    internal static string RuleFile(string when, string id = "local", string version = "1.0.0", string tag = "t") => $$"""
        {
          "id": {{Json(id)}}, "version": {{Json(version)}},
          "rules": [
            { "id": "a", "title": "A", "subject": "member", "when": {{Json(when)}}, "tags": [{{Json(tag)}}], "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } }
          ]
        }
        """;

    internal static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    internal static T WithinBound<T>(Func<T> work)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(LoadBound), $"did not finish within {LoadBound.TotalSeconds} s");
        return task.Result;
    }

    [Theory]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(63)]
    public void Load_LongArithmeticChain_IsLinear(int terms)
    {
        var when = string.Join(" + ", Enumerable.Repeat("phq9.total", terms)) + " >= 1";

        var loaded = WithinBound(() => RuleSetJson.Load(RuleFile(when), s_noProtected));
        var updated = WithinBound(() => ReferralEngine.CreateDefault().TryUpdate(RuleFile(when)));

        Assert.True(loaded.Succeeded || loaded.Errors.All(e => e.Path.Length > 0), loaded.ToString());
        Assert.Equal(loaded.Succeeded, updated.Succeeded || updated.Errors.Any(e => e.Message.Contains("protected", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_LongSubtractionChain_IsLinear()
    {
        var when = string.Join(" - ", Enumerable.Repeat("gad7.total", 40)) + " < 0";

        var loaded = WithinBound(() => RuleSetJson.Load(RuleFile(when), s_noProtected));

        Assert.NotNull(loaded);
    }
}
