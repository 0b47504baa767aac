using System.Globalization;
using PeerSupport.Cli.Infrastructure;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;

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

        var result = RuleSetJson.Load(InputFiles.ReadText(nameOrPath));
        if (result.RuleSet is null)
        {
            throw new CliInputException(result.Errors.Select(e => Format(nameOrPath, e)).ToArray());
        }

        return result.RuleSet;
    }

    /// <summary>Formats a rule error as <c>file:line:column: pointer: message</c> (the line and column when known).</summary>
    /// <param name="file">The file the user named.</param>
    /// <param name="error">The error.</param>
    /// <returns>The line of text.</returns>
    public static string Format(string file, RuleError error)
    {
        var location = error.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{file}:{error.Line}:{Math.Max(error.Column, 1)}")
            : file;
        var pointer = error.Path.Length > 0 ? error.Path + ": " : string.Empty;
        return $"{location}: error: {pointer}{error.Message}";
    }
}
