using System.CommandLine;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Cli.Reports;

namespace PeerSupport.Cli.Commands;

/// <summary><c>referrals DIR</c>: referral decisions for every active member and every group of a dataset.</summary>
internal static class ReferralsCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The dataset folder (CSV files and dataset.json)." };
        var rules = new Option<string>("--rules")
        {
            Description = "'default' (the built-in pack) or a rule file; a file must keep the protected rules or override them with a reason.",
            HelpName = "FILE",
            DefaultValueFactory = _ => RuleFiles.DefaultName,
        };
        var asOf = CliOptions.AsOf();
        var format = CliOptions.Format("text", "json");
        var explain = new Option<bool>("--explain") { Description = "Show every rule evaluated for each decision, with the fact values each comparison used." };
        var command = new Command("referrals", "Referral decisions (default or your own rule file) for every active member and every group as of a date.")
        {
            directory, rules, asOf, format, explain,
        };
        command.SetAction(parse =>
        {
            var ruleSet = RuleFiles.Load(parse.GetValue(rules)!);
            var dataset = DatasetLoader.Load(context, parse.GetValue(directory)!);
            var date = DatasetLoader.AsOf(dataset, parse.GetValue(asOf));
            var run = context.Progress.Run("Evaluating referral rules", () => ReferralRun.Evaluate(dataset, ruleSet, date, parse.GetValue(explain)));
            if (parse.GetValue(format) == "json")
            {
                ReferralRunWriter.WriteJson(context.Console.Out, run);
            }
            else
            {
                ReferralRunWriter.WriteText(context.Console.Out, run);
            }

            return ExitCodes.Success;
        });
        context.AddExamples(
            command,
            "peersupport referrals data                                # summary and every decision to act on",
            "peersupport referrals data --as-of 2025-03-31 --explain   # why each rule did or did not fire",
            "peersupport referrals data --rules my.rules.json --format json > decisions.json");
        return command;
    }
}
