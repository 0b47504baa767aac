using System.CommandLine;
using System.Globalization;
using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Commands;

/// <summary><c>validate DIR</c>: check a CSV dataset folder and list every problem as <c>file:line:column: message</c>.</summary>
internal static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">The shared context.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The dataset folder (CSV files and dataset.json)." };
        var command = new Command("validate", "Validate a dataset folder: exit 0 when valid (warnings allowed), 2 when not; every problem is listed as file:line:column: message.") { directory };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            var result = DatasetLoader.Read(context, path);
            var output = context.Console.Out;
            foreach (var problem in result.Problems)
            {
                output.WriteLine(DatasetLoader.Format(path, problem));
            }

            var errors = result.Errors.Count();
            var warnings = result.Warnings.Count();
            if (result.Dataset is { } dataset)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{path}: valid: {dataset.Groups.Length} groups, {dataset.Members.Length} members, {dataset.Sessions.Length} sessions, {dataset.Attendance.Length} attendance rows, {dataset.Assessments.Length} assessments; {warnings} warning(s)"));
                return ExitCodes.Success;
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: invalid: {errors} error(s), {warnings} warning(s)"));
            return ExitCodes.BadInput;
        });
        context.AddExamples(
            command,
            "peersupport validate data                 # exit 0 valid, 2 invalid",
            "peersupport validate data > problems.txt  # one problem per line, file:line:column: message");
        return command;
    }
}
