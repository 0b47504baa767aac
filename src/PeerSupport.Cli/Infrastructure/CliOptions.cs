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
            CustomParser = result => (int?)ParseWhole(result, name, min, max),
        };
        return option;
    }

    /// <summary>Creates a whole-number option of 64 bits (e.g. <c>--seed</c>) that reports a non-number as bad input.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="description">What it sets.</param>
    /// <returns>The option.</returns>
    public static Option<long?> Long(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result => ParseWhole(result, name, long.MinValue, long.MaxValue),
    };

    /// <summary>Creates a decimal-number option (invariant culture, '.' as the decimal point) that must be finite.</summary>
    /// <param name="name">The option name.</param>
    /// <param name="description">What it sets.</param>
    /// <returns>The option.</returns>
    public static Option<double?> Number(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "X",
        CustomParser = result =>
        {
            var text = Token(result);
            if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            {
                return value;
            }

            result.AddError($"{name} must be a number such as 0.05 ('.' as the decimal point), was '{Clip(text)}'");
            return null;
        },
    };

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
        var text = Token(result);
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var name = result.Parent is OptionResult option ? option.Option.Name : "date";
        result.AddError($"{name} must be an ISO date (yyyy-MM-dd), was '{Clip(text)}'");
        return null;
    }

    /// <summary>
    /// Parses a whole number written in decimal digits with an optional leading minus and checks its range. Runs
    /// inside the parser, so a bad value becomes a parse error (exit 2), never an exception.
    /// </summary>
    private static long? ParseWhole(ArgumentResult result, string name, long min, long max)
    {
        var text = Token(result);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || text.StartsWith('+'))
        {
            var digits = text.Length > 0 && text.TrimStart('-').All(char.IsAsciiDigit) && text.TrimStart('-').Length > 0;
            result.AddError(digits
                ? string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}, was {Clip(text)}")
                : $"{name} must be a whole number, was '{Clip(text)}'");
            return null;
        }

        if (value < min || value > max)
        {
            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min} and {max}, was {value}"));
            return null;
        }

        return value;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string Clip(string text) => Cli.Infrastructure.Echo.Of(text);
}
