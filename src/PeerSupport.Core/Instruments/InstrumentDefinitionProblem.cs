using System.Globalization;

namespace PeerSupport.Instruments;

/// <summary>
/// One problem found in an instrument definition: where it is (<see cref="Location"/>: a JSON pointer such as <c>/bands/2/lower</c>, or
/// the empty string for the whole document) and the rule it breaks. Immutable.
/// </summary>
public sealed class InstrumentDefinitionProblem
{
    /// <summary>Initializes a new problem.</summary>
    /// <param name="location">The JSON pointer of the offending value; empty for the whole document.</param>
    /// <param name="message">The rule broken, in words.</param>
    /// <param name="line">The 1-based line in the JSON text, when known.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="location"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public InstrumentDefinitionProblem(string location, string message, long? line = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(message);
        Location = location;
        Message = message;
        Line = line;
    }

    /// <summary>Gets the JSON pointer (RFC 6901) of the offending value; empty for the whole document.</summary>
    public string Location { get; }

    /// <summary>Gets the rule broken, in words.</summary>
    public string Message { get; }

    /// <summary>Gets the 1-based line in the JSON text, or <see langword="null"/> when not known (problems found after parsing).</summary>
    public long? Line { get; }

    /// <summary>Returns the problem as <c>/bands/2/lower: message</c>, prefixed by the line when known.</summary>
    /// <returns>The problem text.</returns>
    public override string ToString()
    {
        var where = Location.Length == 0 ? "(document)" : Location;
        return Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"line {line}, {where}: {Message}")
            : $"{where}: {Message}";
    }
}
