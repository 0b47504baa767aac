using System.Text.Json;
using PeerSupport.Domain;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Serialization;

public sealed class IdentifierJsonConverterTests
{
    private static readonly JsonSerializerOptions s_options = new() { Converters = { new IdentifierJsonConverter<MemberId>() } };

    [Fact]
    public void DictionaryKeyedByIdentifier_RoundTrips()
    {
        var scores = new Dictionary<MemberId, int> { [MemberId.Create("M-1")] = 3, [MemberId.Create("M-2")] = 5 };
        var json = JsonSerializer.Serialize(scores, s_options);
        Assert.Equal("{\"M-1\":3,\"M-2\":5}", json);
        var back = JsonSerializer.Deserialize<Dictionary<MemberId, int>>(json, s_options)!;
        Assert.Equal(5, back[MemberId.Create("M-2")]);
    }

    [Fact]
    public void DictionaryKey_InvalidIdentifier_IsAJsonError()
        => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<MemberId, int>>("{\" M \":1}", s_options));
}
