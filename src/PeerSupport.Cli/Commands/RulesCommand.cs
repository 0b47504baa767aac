using System.CommandLine;
using System.Globalization;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Rendering;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;
using PeerSupport.Rules.Testing;

namespace PeerSupport.Cli.Commands;

/// <summary><c>rules show|check|test</c>: print, validate and test referral rule files.</summary>
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
        context.AddExamples(
            rules,
            "peersupport rules show default",
            "peersupport rules check my.rules.json",
            "peersupport rules test my.rules.json");
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
