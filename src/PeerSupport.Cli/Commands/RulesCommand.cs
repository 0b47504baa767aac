using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Serialization;
using PeerSupport.Rules.Testing;

namespace PeerSupport.Cli.Commands;

/// <summary><c>rules show|check|test|facts</c>: print, validate and test referral rule files, and list the facts rules can read.</summary>
internal static class RulesCommand
{
    /// <summary>Creates the <c>rules</c> command and its subcommands.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var rules = new Command("rules", "Show, check and test referral rule files (JSON).");
        rules.Subcommands.Add(CreateShow(context));
        rules.Subcommands.Add(CreateCheck(context));
        rules.Subcommands.Add(CreateTest(context));
        rules.Subcommands.Add(CreateFacts(context));
        context.AddExamples(
            rules,
            "peersupport rules show default",
            "peersupport rules check my.rules.json",
            "peersupport rules test my.rules.json",
            "peersupport rules facts --subject group");
        return rules;
    }

    private static Command CreateShow(CliContext context)
    {
        var name = new Argument<string>("RULES")
        {
            Description = "'default' (the built-in pack) or the path of a rule file.",
            DefaultValueFactory = _ => RuleFiles.DefaultName,
        };
        var format = CliOptions.Format("text", "json");
        var show = new Command("show", "Print a rule set: settings and every rule with its condition and outcome.") { name, format };
        show.SetAction(parse =>
        {
            var ruleSet = RuleFiles.Load(parse.GetValue(name)!);
            var output = context.Console.Out;
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(RuleSetJson.Write(ruleSet.Model).TrimEnd());
                return ExitCodes.Success;
            }

            WriteRuleSet(output, ruleSet);
            return ExitCodes.Success;
        });
        context.AddExamples(
            show,
            "peersupport rules show                   # the built-in default pack",
            "peersupport rules show default --format json > my.rules.json   # a starting point for your own file",
            "peersupport rules show my.rules.json");
        return show;
    }

    private static Command CreateCheck(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The rule file (JSON) to validate." };
        var check = new Command("check", "Validate a rule file: exit 0 when valid, 2 with every error located (file:line:column and JSON pointer).") { file };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var ruleSet = RuleFiles.Load(path);
            var model = ruleSet.Model;
            context.Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{path}: ok: rule set {model.Id} {model.Version}, {model.Rules.Count} rules ({model.Rules.Count(r => r.IsProtected)} protected), {model.Tests.Count} test cases, sha256 {ruleSet.Stamp.Sha256}"));
            return ExitCodes.Success;
        });
        context.AddExamples(check, "peersupport rules check my.rules.json && echo valid");
        return check;
    }

    private static Command CreateTest(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "'default' or the rule file whose test cases to run." };
        var test = new Command("test", "Run a rule file's test cases and print rule coverage: exit 0 when all pass, 2 when the file is invalid or a test fails.") { file };
        test.SetAction(parse =>
        {
            var ruleSet = RuleFiles.Load(parse.GetValue(file)!);
            var report = RuleTestRunner.Run(ruleSet);
            if (report.Results.Count == 0)
            {
                context.Warn($"{parse.GetValue(file)}: the rule set has no test cases, so no rule is covered; add a \"tests\" array (see docs/rules.md)");
            }

            WriteTestReport(context.Console.Out, report);
            return report.Passed ? ExitCodes.Success : ExitCodes.BadInput;
        });
        context.AddExamples(test, "peersupport rules test default", "peersupport rules test my.rules.json");
        return test;
    }

    private static Command CreateFacts(CliContext context)
    {
        var subject = new Option<string?>("--subject") { Description = "List only the facts of one subject: member or group.", HelpName = "SUBJECT" };
        subject.AcceptOnlyFromAmong("member", "group");
        var format = CliOptions.Format("text", "json");
        var facts = new Command("facts", "List the facts rules can read: name, type and range, unit, subjects and meaning.") { subject, format };
        facts.SetAction(parse =>
        {
            var only = parse.GetValue(subject) switch
            {
                "member" => FactSubjects.Member,
                "group" => FactSubjects.Group,
                _ => FactSubjects.Both,
            };
            var selected = PeerSupportFacts.Schema.Facts.Where(f => (f.Subjects & only) != 0).ToList();
            if (parse.GetValue(format) == "json")
            {
                WriteFactsJson(context.Console.Out, selected);
            }
            else
            {
                WriteFacts(context.Console.Out, selected);
            }

            return ExitCodes.Success;
        });
        context.AddExamples(
            facts,
            "peersupport rules facts                  # every fact of the default vocabulary",
            "peersupport rules facts --subject group",
            "peersupport rules facts --format json > facts.json");
        return facts;
    }

    private static void WriteFacts(TextWriter output, IReadOnlyList<FactDefinition> facts)
    {
        var table = new TextTable("fact", "type", "unit", "for", "meaning");
        foreach (var fact in facts)
        {
            table.Add(Usage(fact), TypeText(fact), fact.Unit ?? "-", SubjectsText(fact.Subjects), fact.Description);
        }

        table.Write(output, indent: string.Empty);
    }

    private static void WriteFactsJson(TextWriter output, IReadOnlyList<FactDefinition> facts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("facts");
            foreach (var fact in facts)
            {
                json.WriteStartObject();
                json.WriteString("name", fact.Name);
                json.WriteString("type", fact.Type.ToString().ToLowerInvariant());
                json.WriteString("unit", fact.Unit);
                json.WriteStartArray("subjects");
                foreach (var s in new[] { FactSubjects.Member, FactSubjects.Group }.Where(s => (fact.Subjects & s) != 0))
                {
                    json.WriteStringValue(s.ToString().ToLowerInvariant());
                }

                json.WriteEndArray();
                json.WriteString("argument", fact.IsCounter ? "count" : fact.Parameter.ToString().ToLowerInvariant());
                WriteNumberOrNull(json, "minimum", fact.Minimum);
                WriteNumberOrNull(json, "maximum", fact.Maximum);
                WriteStrings(json, "values", fact.AllowedValues);
                WriteStrings(json, "arguments", fact.AllowedArguments);
                json.WriteString("description", fact.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>How a rule writes the fact: <c>count(incidents.conflict, Nd)</c>, <c>sessions.held(Nd)</c>, <c>referral.open(target)</c>.</summary>
    private static string Usage(FactDefinition fact) => fact switch
    {
        { IsCounter: true } => $"count({fact.Name}, Nd)",
        { Parameter: FactParameter.Window } => fact.Name + "(Nd)",
        { Parameter: FactParameter.Target } => fact.Name + "(target)",
        _ => fact.Name,
    };

    // FactDefinition.ToString() is "name: type [range or values]"; the part after the name is the engine's own wording,
    // so the listing cannot word a type or range differently from the rule loader.
    private static string TypeText(FactDefinition fact) => fact.ToString()[(fact.Name.Length + 2)..];

    private static string SubjectsText(FactSubjects subjects) => subjects switch
    {
        FactSubjects.Member => "member",
        FactSubjects.Group => "group",
        _ => "member, group",
    };

    private static void WriteRuleSet(TextWriter output, CompiledRuleSet ruleSet)
    {
        var model = ruleSet.Model;
        output.WriteLine($"Rule set {model.Id} {model.Version}");
        output.WriteLine($"  sha256: {ruleSet.Stamp.Sha256}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cooldown: {model.Settings.CooldownDays} days; assessment window: {model.Settings.AssessmentWindowDays} days; hit policy: {model.Settings.HitPolicy}"));
        var escalation = model.Settings.Escalation;
        var ages = string.Join(", ", new[] { RulePriority.Stat, RulePriority.Asap, RulePriority.Urgent }
            .Where(p => escalation.AfterDays(p) is not null)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{Wire.Name(p)} after {escalation.AfterDays(p)} d")));
        output.WriteLine($"  escalation ({EscalationSettings.RuleId}): {(ages.Length == 0 ? "never" : ages)} while {string.Join(" or ", escalation.OpenStatuses.Select(s => s.ToString().ToLowerInvariant()))} -> review {escalation.Target}, at least {Wire.Name(escalation.MinimumPriority)}");
        if (model.Description.Length > 0)
        {
            output.WriteLine($"  {model.Description}");
        }

        foreach (var o in model.Overrides)
        {
            output.WriteLine($"  override: {o}");
        }

        output.WriteLine();
        foreach (var rule in model.Rules)
        {
            var flags = (rule.IsProtected ? " [protected]" : string.Empty) + (rule.IsEnabled ? string.Empty : " [disabled]");
            output.WriteLine($"{rule.Id} ({Wire.Name(rule.Subject)}){flags}: {rule.Title}");
            output.WriteLine($"  when: {rule.Condition}");
            if (rule.Reason.Length > 0)
            {
                output.WriteLine($"  reason: {rule.Reason}");
            }

            output.WriteLine($"  then: {Wire.Name(rule.Outcome.Action)} -> {rule.Outcome.Target}, {Wire.Name(rule.Outcome.Priority)}");
        }
    }

    private static void WriteTestReport(TextWriter output, RuleTestReport report)
    {
        foreach (var result in report.Results)
        {
            output.WriteLine($"{(result.Passed ? "PASS" : "FAIL")} {result.Name}");
            foreach (var difference in result.Differences)
            {
                output.WriteLine("     " + difference);
            }
        }

        var passed = report.Results.Count(r => r.Passed);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tests: {passed} of {report.Results.Count} passed"));
        output.WriteLine();
        output.WriteLine("Rule coverage (fired = times the rule fired; conditions = seen true/false):");
        var table = new TextTable("rule", "fired", "conditions", "complete");
        foreach (var rule in report.Coverage)
        {
            var seenBoth = rule.Conditions.Count(c => c.SeenTrue && c.SeenFalse);
            table.Add(
                rule.RuleId,
                rule.TimesFired.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"{seenBoth}/{rule.Conditions.Count} both ways"),
                rule.IsComplete ? "yes" : "no");
        }

        table.Write(output);
        foreach (var rule in report.Coverage.Where(r => !r.IsComplete))
        {
            foreach (var condition in rule.Conditions.Where(c => !(c.SeenTrue && c.SeenFalse)))
            {
                var missing = !condition.SeenTrue && !condition.SeenFalse ? "never decided" : condition.SeenTrue ? "never false" : "never true";
                output.WriteLine($"  {rule.RuleId}: '{condition.Text}' {missing}");
            }

            if (rule.TimesFired == 0)
            {
                output.WriteLine($"  {rule.RuleId}: never fired");
            }
        }

        var complete = report.Coverage.Count(r => r.IsComplete);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Coverage: {complete} of {report.Coverage.Count} rules fully covered"));
    }
}
