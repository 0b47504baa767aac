using System.Globalization;

namespace PeerSupport.Rules.Language;

/// <summary>
/// Declares one fact of the vocabulary: its dotted name, type, subjects, argument, and (for numbers) its possible range
/// and unit or (for texts) its allowed values. Rules are checked against these declarations when a rule set is loaded.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FactDefinition
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal) { "and", "or", "not", "true", "false" };

    private FactDefinition(
        string name,
        FactType type,
        FactSubjects subjects,
        string description,
        FactParameter parameter,
        IReadOnlyList<string> allowedValues,
        IReadOnlyList<string> allowedArguments,
        double? minimum,
        double? maximum,
        bool isCounter,
        string? unit)
    {
        Name = name;
        Type = type;
        Subjects = subjects;
        Description = description;
        Parameter = parameter;
        AllowedValues = allowedValues;
        AllowedArguments = allowedArguments;
        Minimum = minimum;
        Maximum = maximum;
        IsCounter = isCounter;
        Unit = unit;
    }

    /// <summary>Gets the dotted name, e.g. <c>phq9.item9</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the value type.</summary>
    public FactType Type { get; }

    /// <summary>Gets the subjects the fact exists for.</summary>
    public FactSubjects Subjects { get; }

    /// <summary>Gets a one-line description for documentation.</summary>
    public string Description { get; }

    /// <summary>Gets what argument the fact takes.</summary>
    public FactParameter Parameter { get; }

    /// <summary>Gets the allowed values of a text fact; empty for other types.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>Gets the allowed arguments of a <see cref="FactParameter.Target"/> fact; empty otherwise.</summary>
    public IReadOnlyList<string> AllowedArguments { get; }

    /// <summary>Gets the smallest possible value of a number fact, or <see langword="null"/> when unbounded.</summary>
    public double? Minimum { get; }

    /// <summary>Gets the largest possible value of a number fact, or <see langword="null"/> when unbounded.</summary>
    public double? Maximum { get; }

    /// <summary>Gets a value indicating whether the fact counts dated events and is read with <c>count(name, window)</c>.</summary>
    public bool IsCounter { get; }

    /// <summary>
    /// Gets the unit of a number fact's value, declared once with the fact and shown wherever facts are listed: a plural
    /// noun for counts (<c>days</c>, <c>sessions</c>, <c>incidents</c>), <c>points</c> for scale scores,
    /// <c>proportion</c> for a share in [0, 1]. <see langword="null"/> for boolean and text facts, and for a number fact
    /// declared without one.
    /// </summary>
    public string? Unit { get; }

    /// <summary>Declares a number fact.</summary>
    /// <param name="name">Dotted name: identifiers (letter or '_' then letters, digits, '_') joined by '.'.</param>
    /// <param name="subjects">The subjects it exists for.</param>
    /// <param name="description">A one-line description.</param>
    /// <param name="minimum">The smallest possible value, or null.</param>
    /// <param name="maximum">The largest possible value, or null.</param>
    /// <param name="parameter">The argument it takes (<see cref="FactParameter.None"/> by default).</param>
    /// <param name="allowedArguments">The allowed arguments when <paramref name="parameter"/> is <see cref="FactParameter.Target"/>.</param>
    /// <param name="unit">The unit of the value (see <see cref="Unit"/>), or null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">Thrown when the name is malformed or reserved, subjects is None, minimum exceeds maximum, a target fact has no allowed arguments, or the unit is not a valid unit name.</exception>
    public static FactDefinition Number(string name, FactSubjects subjects, string description, double? minimum = null, double? maximum = null, FactParameter parameter = FactParameter.None, IEnumerable<string>? allowedArguments = null, string? unit = null)
    {
        if (minimum > maximum)
        {
            throw new ArgumentException($"Fact '{name}': minimum {minimum} exceeds maximum {maximum}.", nameof(minimum));
        }

        return Create(name, FactType.Number, subjects, description, parameter, [], allowedArguments, minimum, maximum, false, unit);
    }

    /// <summary>Declares a boolean fact.</summary>
    /// <param name="name">Dotted name.</param>
    /// <param name="subjects">The subjects it exists for.</param>
    /// <param name="description">A one-line description.</param>
    /// <param name="parameter">The argument it takes.</param>
    /// <param name="allowedArguments">The allowed arguments when <paramref name="parameter"/> is <see cref="FactParameter.Target"/>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">Thrown when the name is malformed or reserved, subjects is None, or a target fact has no allowed arguments.</exception>
    public static FactDefinition Boolean(string name, FactSubjects subjects, string description, FactParameter parameter = FactParameter.None, IEnumerable<string>? allowedArguments = null) =>
        Create(name, FactType.Boolean, subjects, description, parameter, [], allowedArguments, null, null, false, null);

    /// <summary>Declares a text fact with a closed set of values.</summary>
    /// <param name="name">Dotted name.</param>
    /// <param name="subjects">The subjects it exists for.</param>
    /// <param name="description">A one-line description.</param>
    /// <param name="allowedValues">The allowed values (at least one, lower snake_case).</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">Thrown when the name is malformed or reserved, subjects is None, or no allowed values are given.</exception>
    public static FactDefinition Text(string name, FactSubjects subjects, string description, IEnumerable<string> allowedValues)
    {
        ArgumentNullException.ThrowIfNull(allowedValues);
        var values = allowedValues.ToArray();
        if (values.Length == 0)
        {
            throw new ArgumentException($"Fact '{name}' needs at least one allowed value.", nameof(allowedValues));
        }

        return Create(name, FactType.Text, subjects, description, FactParameter.None, values, null, null, null, false, null);
    }

    /// <summary>Declares a counter of dated events, read as <c>count(name, 30d)</c> (a number ≥ 0).</summary>
    /// <param name="name">Dotted name.</param>
    /// <param name="subjects">The subjects it exists for.</param>
    /// <param name="description">A one-line description.</param>
    /// <param name="unit">The unit of the count (see <see cref="Unit"/>), e.g. <c>incidents</c>, or null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentException">Thrown when the name is malformed or reserved, subjects is None, or the unit is not a valid unit name.</exception>
    public static FactDefinition Counter(string name, FactSubjects subjects, string description, string? unit = null) =>
        Create(name, FactType.Number, subjects, description, FactParameter.Window, [], null, 0, null, true, unit);

    /// <summary>Returns whether <paramref name="unit"/> is a well-formed unit name.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True when it is 1 to 32 characters of letters, digits, spaces, '-', '_', '/' or '%', starting with a letter or '%' and not ending with a space.</returns>
    public static bool IsValidUnit(string? unit) =>
        !string.IsNullOrEmpty(unit)
        && unit.Length <= 32
        && (char.IsAsciiLetter(unit[0]) || unit[0] == '%')
        && unit[^1] != ' '
        && unit.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '/' or '%');

    /// <summary>Returns whether <paramref name="name"/> is a well-formed fact name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when it is identifiers joined by dots, at most 128 characters, none reserved.</returns>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 128 || name is "count" or "has")
        {
            return false;
        }

        foreach (var segment in name.Split('.'))
        {
            if (segment.Length == 0 || !Lexer.IsIdentifierStart(segment[0]) || !segment.All(Lexer.IsIdentifierPart) || s_reserved.Contains(segment))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns the name and type, e.g. <c>phq9.item9: number 0–3</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Name + ": " + Type switch
    {
        FactType.Number => "number" + RangeText(),
        FactType.Boolean => "boolean",
        _ => "text (" + string.Join(", ", AllowedValues) + ")",
    };

    internal string RangeText() => (Minimum, Maximum) switch
    {
        (null, null) => string.Empty,
        (double min, null) => string.Format(CultureInfo.InvariantCulture, " ≥ {0}", min),
        (null, double max) => string.Format(CultureInfo.InvariantCulture, " ≤ {0}", max),
        (double min, double max) => string.Format(CultureInfo.InvariantCulture, " {0}–{1}", min, max),
    };

    private static FactDefinition Create(string name, FactType type, FactSubjects subjects, string description, FactParameter parameter, string[] values, IEnumerable<string>? arguments, double? minimum, double? maximum, bool isCounter, string? unit)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"Fact name '{name}' must be identifiers joined by '.', at most 128 characters, without reserved words.", nameof(name));
        }

        if (subjects == FactSubjects.None || (subjects & ~FactSubjects.Both) != 0)
        {
            throw new ArgumentException($"Fact '{name}' must be defined for members, groups or both.", nameof(subjects));
        }

        var argumentList = arguments?.ToArray() ?? [];
        if (parameter == FactParameter.Target && argumentList.Length == 0)
        {
            throw new ArgumentException($"Fact '{name}' takes a target argument and needs at least one allowed argument.", nameof(arguments));
        }

        if (parameter != FactParameter.Target && argumentList.Length > 0)
        {
            throw new ArgumentException($"Fact '{name}' takes no target argument, so allowed arguments must be empty.", nameof(arguments));
        }

        if (unit is not null && !IsValidUnit(unit))
        {
            throw new ArgumentException($"Fact '{name}': unit '{unit}' must be 1 to 32 characters of letters, digits, spaces, '-', '_', '/' or '%', starting with a letter or '%'.", nameof(unit));
        }

        return new FactDefinition(name, type, subjects, description, parameter, values, argumentList, minimum, maximum, isCounter, unit);
    }
}
