using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>Factories for the options several commands share, so names, parsing and messages agree.</summary>
internal static class CliOptions
{
    /// <summary>The ISO date format every date option uses.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Creates <c>--as-of DATE</c>; absent means the dataset's last session date.</summary>
    /// <returns>The option.</returns>
    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The decision/report date (yyyy-MM-dd). Data dated after it are ignored. Default: the dataset's last session date.",
        HelpName = "DATE",
        CustomParser = ParseDate,
    };

    /// <summary>Creates an integer option that must lie in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="name">The option name, e.g. <c>--groups</c>.</param>
    /// <param name="description">What it sets.</param>
    /// <param name="defaultValue">The default value, or <see langword="null"/> for none.</param>
    /// <param name="min">The smallest allowed value.</param>
    /// <param name="max">The largest allowed value.</param>
    /// <returns>The option.</returns>
    public static Option<int?> Int(string name, string description, int? defaultValue, int min, int max)
    {
        var option = new Option<int?>(name)
        {
            Description = defaultValue is int d ? string.Create(CultureInfo.InvariantCulture, $"{description} ({min}–{max}; default {d})") : string.Create(CultureInfo.InvariantCulture, $"{description} ({min}–{max})"),
            HelpName = "N",
        };
        option.Validators.Add(result => CheckRange(result, name, min, max));
        return option;
    }

    /// <summary>Creates a <c>--format</c> option accepting <paramref name="formats"/>; the first is the default.</summary>
    /// <param name="formats">The accepted formats.</param>
    /// <returns>The option.</returns>
    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = "The output format: " + string.Join(", ", formats) + ".",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>Parses an ISO date, reporting a clear error on the option when it is not one.</summary>
    /// <param name="result">The token to parse.</param>
    /// <returns>The date, or <see langword="null"/> after adding an error.</returns>
    internal static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var name = result.Parent is OptionResult option ? option.Option.Name : "date";
        result.AddError($"{name} must be an ISO date (yyyy-MM-dd), was '{text}'");
        return null;
    }

    private static void CheckRange(OptionResult result, string name, int min, int max)
    {
        var value = result.GetValueOrDefault<int?>();
        if (value is int v && (v < min || v > max))
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}, was {v}"));
        }
    }
}
