using System.Text.Json;
using System.Text.Json.Serialization;
using PeerSupport.Domain;

namespace PeerSupport.Serialization;

/// <summary>Reads and writes a <see cref="ReferralTarget"/> as a JSON string, validating it on read.</summary>
internal sealed class ReferralTargetJsonConverter : JsonConverter<ReferralTarget>
{
    public override ReferralTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        var problem = ReferralTarget.Check(text);
        return problem is null ? ReferralTarget.FromChecked(text!) : throw new JsonException(problem);
    }

    public override void Write(Utf8JsonWriter writer, ReferralTarget value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
