using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerSupport.Analytics.Privacy;

/// <summary>
/// Writes a <see cref="Statistic"/> as <c>{"value": 1.5}</c> or <c>{"value": null, "undefinedReason": "..."}</c> (infinite
/// values as the strings "Infinity" / "-Infinity"), and reads that shape back. Thread-safe.
/// </summary>
public sealed class StatisticJsonConverter : JsonConverter<Statistic>
{
    /// <inheritdoc/>
    public override Statistic Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A statistic must be a JSON object with 'value' and, when undefined, 'undefinedReason'.");
        }

        double? value = null;
        string? reason = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "value", StringComparison.OrdinalIgnoreCase))
            {
                value = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.String => reader.GetString() switch
                    {
                        "Infinity" => double.PositiveInfinity,
                        "-Infinity" => double.NegativeInfinity,
                        var other => throw new JsonException($"A statistic value must be a number, null, 'Infinity' or '-Infinity', was '{other}'."),
                    },
                    _ => reader.GetDouble(),
                };
            }
            else if (string.Equals(name, "undefinedReason", StringComparison.OrdinalIgnoreCase))
            {
                reason = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return value is { } v ? Statistic.Of(v) : Statistic.Undefined(string.IsNullOrWhiteSpace(reason) ? "not computed" : reason);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Statistic value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        if (value.TryGetValue(out var number))
        {
            if (double.IsFinite(number))
            {
                writer.WriteNumber("value", number);
            }
            else
            {
                writer.WriteString("value", number > 0 ? "Infinity" : "-Infinity");
            }
        }
        else
        {
            writer.WriteNull("value");
            writer.WriteString("undefinedReason", value.UndefinedReason);
        }

        writer.WriteEndObject();
    }
}
