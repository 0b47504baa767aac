using System.Text.Json.Serialization;

namespace PeerSupport.Serialization;

/// <summary>The source-generated context for the whole-dataset JSON document (same conventions as <see cref="PeerSupportJsonContext"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    WriteIndented = true)]
[JsonSerializable(typeof(DatasetDocument))]
internal sealed partial class DatasetDocumentJsonContext : JsonSerializerContext;
