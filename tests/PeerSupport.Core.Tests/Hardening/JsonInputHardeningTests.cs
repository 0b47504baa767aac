using PeerSupport.Instruments;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Hardening;

/// <summary>Every JSON reader of the project rejects duplicate keys and undecodable strings with a located problem, never an exception.</summary>
public sealed class JsonInputHardeningTests
{
    [Theory]
    [InlineData("""{ "members": [], "members": [] }""", "/members")]
    [InlineData("""{ "metadata": { "formatVersion": 1, "title": "a", "title": "b" } }""", "/metadata/title")]
    public void DatasetJson_DuplicateKey_IsAnError(string json, string pointer)
    {
        var result = DatasetJson.Read(json);

        Assert.Null(result.Dataset);
        Assert.Contains(result.Errors, e => e.Message.Contains("given twice", StringComparison.Ordinal) && e.JsonPointer == pointer);
    }

    [Theory]
    [InlineData("""{ "metadata": { "formatVersion": 1, "title": "a\ud800" } }""", "/metadata/title")]
    [InlineData("""{ "metadata": { "formatVersion": 1, "ti\udc00tle": "a" } }""", "/metadata")]
    public void DatasetJson_LoneSurrogateEscape_IsAnErrorWithAPointer(string json, string pointer)
    {
        var result = DatasetJson.Read(json);

        Assert.Null(result.Dataset);
        var error = Assert.Single(result.Errors);
        Assert.Equal(pointer, error.JsonPointer);
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DatasetJson_LoneSurrogateCharacter_IsAnError()
    {
        var result = DatasetJson.Read("{ \"metadata\": { \"title\": \"a\ud800\" } }");

        Assert.Null(result.Dataset);
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData("""{ "id": "x", "id": "y" }""", "given twice")]
    [InlineData("""{ "id": "x\ud800" }""", "surrogate")]
    public void InstrumentDefinitionJson_BadText_IsAProblem(string json, string word)
    {
        var result = InstrumentDefinitionJson.Load(json);

        Assert.Contains(result.Problems, p => p.Message.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Date arithmetic at the ends of the calendar: results are clamped or reported, never an exception.</summary>
public sealed class ExtremeDateTests
{
    [Fact]
    public void FacilitationPolicy_AsOfTheLastDay_DoesNotOverflow()
    {
        var gaps = PeerSupport.Facilitation.FacilitationPolicy.Default.CheckDataset(SampleData.Dataset(), DateOnly.MaxValue);

        Assert.NotNull(gaps);
    }
}
