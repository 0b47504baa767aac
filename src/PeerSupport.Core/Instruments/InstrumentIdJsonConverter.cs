using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerSupport.Instruments;

/// <summary>Reads and writes an <see cref="InstrumentId"/> as a JSON string, validating it on read.</summary>
public sealed class InstrumentIdJsonConverter : JsonConverter<InstrumentId>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">Thrown when the token is not a string or the string is not a valid id.</exception>
    public override InstrumentId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An instrument id must be a JSON string, was {reader.TokenType}.");
        }

        return FromText(reader.GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, InstrumentId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override InstrumentId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => FromText(reader.GetString()!);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, InstrumentId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }

    private static InstrumentId FromText(string text)
    {
        var problem = InstrumentId.Check(text);
        if (problem is not null)
        {
            throw new JsonException($"An instrument id {problem}.");
        }

        return InstrumentId.Create(text);
    }
}
