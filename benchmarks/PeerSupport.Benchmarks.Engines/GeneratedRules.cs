using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PeerSupport.Rules;

namespace PeerSupport.Benchmarks.Engines;

/// <summary>
/// Many member rules generated from nine of the default pack's member rules with shifted thresholds, in PeerSupport's rule file
/// format and as a RulesEngine workflow, for measuring how long loading a large rule set takes in a fresh process.
/// </summary>
public static class GeneratedRules
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private static readonly (string Ours, string CSharp, RuleAction Action, string Target, RulePriority Priority, int Min, int Max)[] s_templates =
    [
        ("phq9.item9 >= {0}", "m.Phq9Item9 >= {0}", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent, 1, 3),
        ("count(incidents.crisis_disclosure, 7d) >= {0}", "m.CrisisDisclosures7d >= {0}", RuleAction.Refer, "crisis_service", RulePriority.Urgent, 1, 30),
        ("phq9.total >= {0}", "m.Phq9Total >= {0}", RuleAction.Refer, "licensed_clinician", RulePriority.Urgent, 1, 27),
        ("gad7.total >= {0}", "m.Gad7Total >= {0}", RuleAction.Refer, "licensed_clinician", RulePriority.Routine, 1, 21),
        ("k10.total >= {0}", "m.K10Total >= {0}", RuleAction.Refer, "licensed_clinician", RulePriority.Routine, 11, 50),
        ("phq9.change >= {0} or gad7.change >= {0}", "m.Phq9Change >= {0} || m.Gad7Change >= {0}", RuleAction.Refer, "licensed_clinician", RulePriority.Routine, 1, 21),
        ("phq9.total >= {0} and phq9.attendedSinceBaseline >= 6 and phq9.change > -6", "m.Phq9Total >= {0} && m.Phq9AttendedSinceBaseline >= 6 && m.Phq9Change > -6", RuleAction.Refer, "licensed_clinician", RulePriority.Routine, 1, 27),
        ("attendance.consecutiveAbsences >= {0}", "m.ConsecutiveAbsences >= {0}", RuleAction.Outreach, "peer_outreach", RulePriority.Routine, 1, 30),
        ("who5.total < {0} and phq9.countInWindow = 0", "m.Who5Total < {0} && m.Phq9CountInWindow == 0", RuleAction.Screen, "phq9", RulePriority.Routine, 1, 25),
    ];

    /// <summary>Creates <paramref name="count"/> member rules: template i mod 9 with a threshold stepping through the fact's range (so the validator finds no condition that is always true or always false).</summary>
    /// <param name="count">How many rules.</param>
    /// <returns>The rules (id <c>gen-0000</c> ...) with PeerSupport conditions.</returns>
    public static IReadOnlyList<(MemberRuleSpec Spec, string Condition)> Create(int count)
    {
        var rules = new (MemberRuleSpec, string)[count];
        for (var i = 0; i < count; i++)
        {
            var t = s_templates[i % s_templates.Length];
            var threshold = t.Min + (i / s_templates.Length % (t.Max - t.Min + 1));
            var id = string.Create(CultureInfo.InvariantCulture, $"gen-{i:0000}");
            rules[i] = (
                new MemberRuleSpec(id, string.Format(CultureInfo.InvariantCulture, t.CSharp, threshold), t.Action, t.Target, t.Priority),
                string.Format(CultureInfo.InvariantCulture, t.Ours, threshold));
        }

        return rules;
    }

    /// <summary>The default pack's rule file with generated rules added up to <paramref name="total"/> rules, and its test cases removed.</summary>
    /// <param name="total">How many rules the file holds.</param>
    /// <returns>The rule file text.</returns>
    public static string PeerSupportJson(int total)
    {
        var generated = total - DefaultRulePack.RuleSet.Model.Rules.Count;
        var root = JsonNode.Parse(DefaultRulePack.Json)!.AsObject();
        root["id"] = "generated";
        root["tests"] = new JsonArray();
        var rules = root["rules"]!.AsArray();
        foreach (var (spec, condition) in Create(generated))
        {
            rules.Add(new JsonObject
            {
                ["id"] = spec.Id,
                ["title"] = "Generated rule " + spec.Id,
                ["rationale"] = "Generated for the load benchmark.",
                ["source"] = "benchmarks",
                ["subject"] = "member",
                ["when"] = condition,
                ["then"] = new JsonObject
                {
                    ["action"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(spec.Action.ToString()),
                    ["target"] = spec.Target,
                    ["priority"] = JsonNamingPolicy.SnakeCaseLower.ConvertName(spec.Priority.ToString()),
                },
                ["protected"] = false,
                ["enabled"] = true,
                ["tags"] = new JsonArray("generated"),
            });
        }

        return root.ToJsonString(s_indented);
    }

    /// <summary>A RulesEngine workflow file (JSON array of one workflow): the default pack's member rules and generated ones up to <paramref name="total"/> rules.</summary>
    /// <param name="total">How many rules the workflow holds.</param>
    /// <returns>The workflow file text.</returns>
    public static string RulesEngineJson(int total)
    {
        var workflow = RulesEngineMemberEngine.CreateWorkflow("generated", [.. MemberRules.All, .. Create(total - MemberRules.All.Count).Select(r => r.Spec)]);
        return JsonSerializer.Serialize(new[] { workflow }, s_indented);
    }
}
