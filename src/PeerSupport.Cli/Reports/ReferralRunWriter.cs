using System.Globalization;
using System.Text.Json;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Cli.Reports;

/// <summary>Writes referral decisions as text (a summary, then each notable decision) or JSON (the decision output contract of docs/rules.md).</summary>
internal static class ReferralRunWriter
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the summary table: counts per (action, target, priority), members and groups.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="run">The decisions.</param>
    public static void WriteSummary(TextWriter output, ReferralRun run)
    {
        var members = run.MemberDecisions.ToList();
        var groups = run.Groups.ToList();
        var scopes = run.Members;
        output.WriteLine($"Referral decisions as of {Wire.Date(run.AsOf)} (rule set {run.RuleSet.Id} {run.RuleSet.Version}, sha256 {run.RuleSet.Sha256[..12]})");
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  Members: {scopes.Active} active evaluated, {scopes.RecentlyLeft} left within the cooldown (protected rules only); not evaluated: {scopes.Left} left earlier, {scopes.NotYetJoined} not yet joined"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  {groups.Count} groups evaluated; {members.Count(d => d.Recommendations.Count > 0)} members and {groups.Count(d => d.Recommendations.Count > 0)} groups with recommendations; {run.Decisions.Count(d => d.NeedsReview)} need review"));
        var rows = run.Decisions
            .SelectMany(d => d.Recommendations.Select(r => (d.Subject.Kind, r.Action, r.Target, r.Priority)))
            .GroupBy(x => (x.Action, x.Target, x.Priority))
            .OrderByDescending(g => g.Key.Priority)
            .ThenBy(g => g.Key.Action)
            .ThenBy(g => g.Key.Target, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            output.WriteLine("  No recommendations.");
        }
        else
        {
            var table = new TextTable("recommendation", "priority", "members", "groups");
            foreach (var row in rows)
            {
                table.Add(
                    $"{Wire.Name(row.Key.Action)} -> {row.Key.Target}",
                    Wire.Name(row.Key.Priority),
                    row.Count(x => x.Kind == RuleSubject.Member).ToString(CultureInfo.InvariantCulture),
                    row.Count(x => x.Kind == RuleSubject.Group).ToString(CultureInfo.InvariantCulture));
            }

            table.Write(output);
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"  Suppressed by cooldown: {run.Decisions.Sum(d => d.Suppressed.Count)}; rules undecided for missing data: {run.Decisions.Sum(d => d.Unknowns.Count)}"));
    }

    /// <summary>Writes the summary and then every notable decision (with explanations when present).</summary>
    /// <param name="output">The writer.</param>
    /// <param name="run">The decisions.</param>
    public static void WriteText(TextWriter output, ReferralRun run)
    {
        WriteSummary(output, run);
        var notable = run.Notable.ToList();
        var quiet = run.Decisions.Where(d => !ReferralRun.IsNotable(d) && d.Explanation is not null).ToList();
        if (notable.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Decisions:");
            foreach (var decision in notable)
            {
                WriteDecision(output, decision, run.ProtectedRuleIds);
            }
        }

        if (quiet.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Decisions with nothing to do (explained):");
            foreach (var decision in quiet)
            {
                WriteDecision(output, decision, run.ProtectedRuleIds);
            }
        }
    }

    /// <summary>
    /// Writes the JSON document: as-of, rule-set stamp, summary counts and every decision in the decision output contract,
    /// streamed to <paramref name="output"/> as it is written (no document tree, no whole-document string), then a line break.
    /// </summary>
    /// <param name="output">The writer.</param>
    /// <param name="run">The decisions.</param>
    public static void WriteJson(TextWriter output, ReferralRun run) => JsonSink.Write(output, s_writerOptions, writer => WriteJson(writer, run), end: null);

    private static void WriteJson(Utf8JsonWriter writer, ReferralRun run)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteString("name", "peersupport");
        writer.WriteString("version", ToolVersion.Value);
        writer.WriteEndObject();
        writer.WriteString("asOf", Wire.Date(run.AsOf));
        writer.WriteStartObject("ruleSet");
        writer.WriteString("id", run.RuleSet.Id);
        writer.WriteString("version", run.RuleSet.Version);
        writer.WriteString("sha256", run.RuleSet.Sha256);
        writer.WriteEndObject();
        writer.WriteStartObject("summary");
        writer.WriteNumber("membersEvaluated", run.MemberDecisions.Count());
        writer.WriteStartObject("members");
        writer.WriteNumber("active", run.Members.Active);
        writer.WriteNumber("leftRecentlyProtectedOnly", run.Members.RecentlyLeft);
        writer.WriteNumber("notEvaluatedLeft", run.Members.Left);
        writer.WriteNumber("notEvaluatedNotYetJoined", run.Members.NotYetJoined);
        writer.WriteEndObject();
        writer.WriteNumber("groupsEvaluated", run.Groups.Count());
        writer.WriteNumber("withRecommendations", run.Decisions.Count(d => d.Recommendations.Count > 0));
        writer.WriteNumber("suppressed", run.Decisions.Sum(d => d.Suppressed.Count));
        writer.WriteNumber("unknowns", run.Decisions.Sum(d => d.Unknowns.Count));
        writer.WriteNumber("needsReview", run.Decisions.Count(d => d.NeedsReview));
        writer.WriteEndObject();
        writer.WriteStartArray("decisions");
        foreach (var decision in run.Decisions)
        {
            // The decision contract has one writer (DecisionJson), which writes straight into this document.
            DecisionJson.Write(writer, decision);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDecision(TextWriter output, Decision decision, IReadOnlySet<string> protectedRuleIds)
    {
        var subject = decision.Subject.Kind == RuleSubject.Member
            ? $"member {decision.Subject.Id} (group {decision.Subject.GroupId})"
            : $"group {decision.Subject.Id}";
        var flags = (decision.NeedsReview ? " [needs review]" : string.Empty) + (decision.ProtectedRulesOnly ? " [left recently: protected rules only]" : string.Empty);
        output.WriteLine($"  {subject}{flags}");
        foreach (var r in decision.Recommendations)
        {
            output.WriteLine($"    {Wire.Name(r.Action)} -> {r.Target}, {Wire.Name(r.Priority)}  [{string.Join(", ", r.RuleIds)}]");
            foreach (var reason in r.Reasons)
            {
                output.WriteLine($"      {reason}");
            }
        }

        foreach (var s in decision.Suppressed)
        {
            var r = s.Recommendation;
            output.WriteLine($"    suppressed: {Wire.Name(r.Action)} -> {r.Target}, {Wire.Name(r.Priority)}  [{string.Join(", ", r.RuleIds)}] by referral {s.SuppressedBy.ReferralId} of {Wire.Date(s.SuppressedBy.Date)} ({Wire.Name(s.SuppressedBy.Priority)}, {s.SuppressedBy.Status.ToString().ToLowerInvariant()})");
        }

        foreach (var u in decision.Unknowns)
        {
            var isProtected = protectedRuleIds.Contains(u.RuleId) ? "protected rule " : string.Empty;
            output.WriteLine($"    unknown: {isProtected}{u.RuleId} (missing {string.Join(", ", u.Missing)})");
        }

        foreach (var e in decision.Errors)
        {
            output.WriteLine($"    error: {e.RuleId}: {e.Error}");
        }

        if (decision.Explanation is { } explanation)
        {
            output.WriteLine("    explanation:");
            foreach (var rule in explanation)
            {
                var comparisons = string.Join("; ", rule.Comparisons.Select(c => c.ToString()));
                output.WriteLine($"      {rule.RuleId}: {ResultName(rule.Result)}{(comparisons.Length > 0 ? "  " + comparisons : string.Empty)}{(rule.Error is null ? string.Empty : "  error: " + rule.Error)}");
            }
        }
    }

    private static string ResultName(RuleResult result) => result switch
    {
        RuleResult.True => "true",
        RuleResult.False => "false",
        RuleResult.NotApplicable => "not applicable",
        RuleResult.Unknown => "unknown",
        _ => "error",
    };
}
