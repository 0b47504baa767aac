using System.Globalization;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Rules;

namespace PeerSupport.Cli.Commands;

/// <summary>Loads a rule set named on the command line: <c>default</c> (the built-in pack) or a rule file.</summary>
internal static class RuleFiles
{
    /// <summary>The name of the built-in rule pack.</summary>
    public const string DefaultName = "default";

    /// <summary>Loads and compiles a rule set, or fails with every error located as <c>file:line:column: pointer: message</c>.</summary>
    /// <param name="nameOrPath"><c>default</c> or the path of a rule file.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="CliInputException">Thrown when the file is missing or invalid.</exception>
    public static CompiledRuleSet Load(string nameOrPath)
    {
        if (string.Equals(nameOrPath, DefaultName, StringComparison.Ordinal))
        {
            return DefaultRulePack.RuleSet;
        }

        // Loading through an engine that runs the default pack applies the same protections as a live update:
        // a file may not drop, disable or weaken a protected rule without an override that gives a reason.
        // A rule file holds at most RuleSetJson.MaxFileLength characters, each at most 4 bytes of UTF-8; the size is checked before reading.
        var json = InputFiles.ReadText(nameOrPath, 4 * PeerSupport.Rules.Serialization.RuleSetJson.MaxFileLength);
        var result = DefaultRulePack.CreateEngine().TryUpdate(json);
        if (!result.Succeeded)
        {
            var locator = JsonPointerLocator.Create(json);
            throw new CliInputException(result.Problems.Select(e => Format(nameOrPath, e, locator)).ToArray());
        }

        return result.RuleSet;
    }

    /// <summary>Formats a rule-file problem as <c>file:line:column: error: pointer: message</c> (the line and column when known).</summary>
    /// <param name="file">The file the user named.</param>
    /// <param name="problem">The problem.</param>
    /// <param name="locator">Finds the line and column of problems the loader located only by JSON pointer.</param>
    /// <returns>The line of text.</returns>
    public static string Format(string file, Problem problem, JsonPointerLocator locator)
    {
        var line = problem.Line;
        var column = problem.Column;
        var jsonPointer = problem.JsonPointer ?? string.Empty;
        if (jsonPointer.Length > 0 && line > 0)
        {
            // The loader located the problem inside the condition text: shift it to the file, past the opening quote.
            var inCondition = line == 1 ? column : 0;
            if (locator.TryLocateValue(jsonPointer, out line, out column))
            {
                column += inCondition;
            }
        }
        else if (line <= 0 && jsonPointer.Length > 0)
        {
            locator.TryLocate(jsonPointer, out line, out column);
        }

        var location = line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{line}:{Math.Max(column, 1)}")
            : file;
        var prefix = jsonPointer.Length > 0 ? jsonPointer + ": " : string.Empty;
        var severity = problem.Severity == ProblemSeverity.Error ? "error" : "warning";
        return $"{location}: {severity}: {prefix}{problem.Message}";
    }
}
