using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Core.Tests.Hardening;

/// <summary>Rule files from untrusted sources: every file within the limits loads fast, and every defect is an error with a JSON pointer.</summary>
public sealed class RuleFileHardeningTests
{
    /// <summary>Generous bound for one load: a hang (exponential work) fails, a slow shared machine does not.</summary>
    internal static readonly TimeSpan LoadBound = TimeSpan.FromSeconds(20);

    private static readonly RuleSetCompileOptions s_noProtected = new() { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] };

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
        var updated = WithinBound(() => DefaultRulePack.CreateEngine().TryUpdate(RuleFile(when)));

        Assert.True(loaded.Succeeded || loaded.Problems.All(e => e.JsonPointer is { Length: > 0 }), loaded.ToString());
        Assert.Equal(loaded.Succeeded, updated.Succeeded || updated.Problems.Any(e => e.Message.Contains("protected", StringComparison.Ordinal)));
    }

    [Fact]
    public void Load_LongSubtractionChain_IsLinear()
    {
        var when = string.Join(" - ", Enumerable.Repeat("gad7.total", 40)) + " < 0";

        var loaded = WithinBound(() => RuleSetJson.Load(RuleFile(when), s_noProtected));

        Assert.NotNull(loaded);
    }

    [Theory]
    [InlineData("local\n", "1.0.0", "t", "/id")]
    [InlineData("local", "1.0.0\n", "t", "/version")]
    [InlineData("local", "1.0.0", "t\n", "/rules/0/tags/0")]
    public void Load_ValueEndingInANewline_IsAnError(string id, string version, string tag, string pointer)
    {
        var result = RuleSetJson.Load(RuleFile("phq9.total >= 10", id, version, tag), s_noProtected);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, e => e.JsonPointer == pointer);
    }

    [Theory]
    [InlineData("""{ "id": "a", "id": "b", "version": "1.0.0", "rules": [] }""")]
    [InlineData("""{ "id": "a", "version": "1.0.0", "rules": [ { "id": "r", "title": "R", "subject": "member", "when": "phq9.total >= 20", "when": "phq9.total >= 27", "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } } ] }""")]
    [InlineData("""{ "id": "a", "version": "1.0.0", "settings": { "cooldownDays": 1, "cooldownDays": 2 }, "rules": [] }""")]
    public void Load_DuplicateKey_IsAnErrorNotLastWins(string json)
    {
        var result = RuleSetJson.Load(json, s_noProtected);
        var update = DefaultRulePack.CreateEngine().TryUpdate(json);

        Assert.False(result.Succeeded);
        Assert.False(update.Succeeded);
        Assert.Contains(result.Problems, e => e.Message.Contains("given twice", StringComparison.Ordinal) && e.JsonPointer is { Length: > 0 });
    }

    [Theory]
    [InlineData(@"\ud800")]
    [InlineData(@"\udc00")]
    [InlineData(@"x\ud800y")]
    public void Load_LoneSurrogateEscape_IsAnErrorWithAPointer(string escape)
    {
        var inValue = RuleFile("phq9.total >= 10").Replace("\"A\"", "\"A" + escape + "\"", StringComparison.Ordinal);
        var inName = RuleFile("phq9.total >= 10").Replace("\"title\"", "\"ti" + escape + "tle\"", StringComparison.Ordinal);

        foreach (var json in new[] { inValue, inName })
        {
            var result = RuleSetJson.Load(json, s_noProtected);
            var update = DefaultRulePack.CreateEngine().TryUpdate(json);

            Assert.False(result.Succeeded, json);
            Assert.False(update.Succeeded, json);
            Assert.Contains(result.Problems, e => e.JsonPointer?.StartsWith("/rules/0", StringComparison.Ordinal) == true && e.Message.Contains("surrogate", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("HIGH")]
    [InlineData("LOW")]
    [InlineData("xHIGHy")]
    public void Load_LoneSurrogateCharacterInTheText_IsAnErrorWithItsLine(string marked)
    {
        // Test data cannot hold a lone surrogate itself (the runner's serialization replaces it), hence the markers.
        var text = marked.Replace("HIGH", "\ud800", StringComparison.Ordinal).Replace("LOW", "\udc00", StringComparison.Ordinal);
        var json = RuleFile("phq9.total >= 10").Replace("\"A\"", "\"A" + text + "\"", StringComparison.Ordinal);

        var result = RuleSetJson.Load(json, s_noProtected);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Problems);
        Assert.Equal(4, error.Line);
    }
}
