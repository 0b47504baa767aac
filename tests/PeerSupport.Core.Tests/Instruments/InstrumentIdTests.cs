using System.Text.Json;
using FsCheck.Xunit;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentIdTests
{
    [Theory]
    [InlineData("PHQ-9", "phq9")]
    [InlineData("PHQ-2", "phq2")]
    [InlineData("GAD-7", "gad7")]
    [InlineData("WHO-5", "who5")]
    [InlineData("K10", "k10")]
    [InlineData("K6", "k6")]
    [InlineData("BARC-10", "barc10")]
    public void Create_BuiltIn_HasDocumentedFactPrefix(string text, string prefix)
    {
        var id = InstrumentId.Create(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(prefix, id.FactPrefix);
        Assert.True(id.IsBuiltIn);
    }

    [Theory]
    [InlineData("phq-9", "PHQ-9")]
    [InlineData("Gad-7", "GAD-7")]
    [InlineData("barc-10", "BARC-10")]
    public void Create_BuiltInInOtherCase_IsCanonical(string text, string canonical)
        => Assert.Equal(canonical, InstrumentId.Create(text).Value);

    [Theory]
    [InlineData("GCQ-S", "gcqs")]
    [InlineData("ors_v2.1", "orsv21")]
    [InlineData("MyScale", "myscale")]
    public void Create_Custom_PrefixIsLowerCaseLettersAndDigits(string text, string prefix)
    {
        var id = InstrumentId.Create(text);

        Assert.Equal(text, id.Value);
        Assert.Equal(prefix, id.FactPrefix);
        Assert.False(id.IsBuiltIn);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("9PHQ", "must start with an ASCII letter")]
    [InlineData("-X", "must start with an ASCII letter")]
    [InlineData("PHQ 9", "may contain only ASCII letters, digits, '-', '_' and '.'")]
    [InlineData("PHQ,9", "may contain only ASCII letters, digits, '-', '_' and '.'")]
    [InlineData("Ärger", "must start with an ASCII letter")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFG", "must be at most 32 characters, was 33")]
    public void Create_Invalid_ThrowsNamingRule(string text, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(() => InstrumentId.Create(text));

        Assert.StartsWith("An instrument id " + rule, ex.Message, StringComparison.Ordinal);
        Assert.False(InstrumentId.TryParse(text, out var id));
        Assert.Equal(default, id);
    }

    [Fact]
    public void Create_Null_Throws() => Assert.Throws<ArgumentNullException>(() => InstrumentId.Create(null!));

    [Fact]
    public void TryParse_Null_False() => Assert.False(InstrumentId.TryParse(null, out _));

    [Fact]
    public void Default_IsEmpty()
    {
        InstrumentId id = default;

        Assert.Equal(string.Empty, id.Value);
        Assert.Equal(string.Empty, id.FactPrefix);
        Assert.False(id.IsBuiltIn);
        Assert.Equal(string.Empty, id.ToString());
    }

    [Fact]
    public void StaticIds_EqualCreated()
    {
        Assert.Equal(InstrumentId.Create("PHQ-9"), InstrumentId.Phq9);
        Assert.True(InstrumentId.Create("phq-9") == InstrumentId.Phq9);
        Assert.True(InstrumentId.Gad7 != InstrumentId.Phq9);
        Assert.Equal(InstrumentId.K6.GetHashCode(), InstrumentId.Create("k6").GetHashCode());
    }

    [Fact]
    public void Ordering_IsOrdinal()
    {
        Assert.True(InstrumentId.Barc10 < InstrumentId.Gad7);
        Assert.True(InstrumentId.Who5 > InstrumentId.Phq9);
        Assert.True(InstrumentId.K10 <= InstrumentId.K10);
        Assert.True(InstrumentId.K6 >= InstrumentId.K10);
        Assert.Equal(0, InstrumentId.K6.CompareTo(InstrumentId.Create("K6")));
    }

    [Fact]
    public void Json_RoundTripsAsString()
    {
        var json = JsonSerializer.Serialize(InstrumentId.Phq9);

        Assert.Equal("\"PHQ-9\"", json);
        Assert.Equal(InstrumentId.Phq9, JsonSerializer.Deserialize<InstrumentId>(json));
        Assert.Equal(InstrumentId.Gad7, JsonSerializer.Deserialize<InstrumentId>("\"gad-7\""));
    }

    [Fact]
    public void Json_AsDictionaryKey_RoundTrips()
    {
        var map = new Dictionary<InstrumentId, int> { [InstrumentId.K10] = 1 };

        var json = JsonSerializer.Serialize(map);

        Assert.Equal("{\"K10\":1}", json);
        Assert.Equal(1, JsonSerializer.Deserialize<Dictionary<InstrumentId, int>>(json)![InstrumentId.K10]);
    }

    [Theory]
    [InlineData("\"9X\"", "An instrument id must start with an ASCII letter.")]
    [InlineData("12", "An instrument id must be a JSON string, was Number.")]
    public void Json_Invalid_ThrowsJsonException(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InstrumentId>(json));

        Assert.Equal(message, ex.Message);
    }

    [Property(MaxTest = 300)]
    public void Create_AnyValidText_PrefixIsLowerCaseAlphanumericAndStable(string text)
    {
        if (!InstrumentId.TryParse(text, out var id))
        {
            return;
        }

        Assert.NotEmpty(id.FactPrefix);
        Assert.All(id.FactPrefix, c => Assert.True(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)));
        Assert.Equal(id, InstrumentId.Create(id.Value));
        Assert.Equal(id.FactPrefix, InstrumentId.Create(id.Value).FactPrefix);
        Assert.Equal(id, JsonSerializer.Deserialize<InstrumentId>(JsonSerializer.Serialize(id)));
    }
}
