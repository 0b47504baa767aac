using PeerSupport.Datasets;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Serialization;

public sealed class DatasetJsonTests
{
    [Fact]
    public void Serialize_ThenRead_GivesEqualDataset()
    {
        var dataset = SampleData.Dataset();
        var json = DatasetJson.Serialize(dataset);
        var read = DatasetJson.Read(json);
        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Problems));
        Assert.Equal(json, DatasetJson.Serialize(read.GetValueOrThrow()));
        Assert.Contains("\"facilitationModel\": \"co_facilitated\"", json, StringComparison.Ordinal);
        Assert.Contains("\"joinedOn\": \"2026-01-06\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_NamesLineAndColumn()
    {
        var result = DatasetJson.Read("{\n  \"groups\": [\n    {,\n  ]\n}");
        var error = Assert.Single(result.Errors);
        Assert.Equal("invalid-json", error.Code);
        Assert.Equal(3, error.Line);
        Assert.True(error.Column > 0);
        Assert.Null(result.Dataset);
    }

    [Fact]
    public void Read_BadRecords_ReportsEveryProblemWithItsJsonPointer()
    {
        const string json = """
            {
              "metadata": { "formatVersion": 1 },
              "groups": [
                { "id": "G-1", "name": "ok", "facilitationModel": "peer_led" },
                { "id": "G-2", "name": "bad model", "facilitationModel": "peerled" },
                { "id": "G-3", "name": "", "facilitationModel": "peer_led" }
              ],
              "members": [
                { "id": "M-1", "groupId": "G-1", "joinedOn": "2026-01-06", "leftOn": "2026-01-01" },
                { "id": "M-2", "groupId": "G-1", "joinedOn": "2026-02-30" },
                { "id": "M 3 ", "groupId": "G-1", "joinedOn": "2026-01-06" }
              ],
              "sessions": "not an array",
              "extra": 1
            }
            """;
        var result = DatasetJson.Read(json);
        Assert.False(result.Succeeded);
        var pointers = result.Errors.Select(e => e.JsonPointer).ToList();
        Assert.Contains("/groups/1/facilitationModel", pointers);
        Assert.Contains("/groups/2", pointers);
        Assert.Contains("/members/0", pointers);
        Assert.Contains("/members/1/joinedOn", pointers);
        Assert.Contains("/members/2/id", pointers);
        Assert.Contains("/sessions", pointers);
        Assert.Contains("/extra", pointers);
        Assert.Contains(result.Errors, e => e.JsonPointer == "/members/0" && e.Message.Contains("must not be before joined_on", StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(DatasetJson.SourceName, e.Source));
    }

    [Fact]
    public void Read_ValidRecordsWithIntegrityErrors_ReportsThemToo()
    {
        const string json = """
            { "groups": [ { "id": "G-1", "name": "ok", "facilitationModel": "peer_led" } ],
              "members": [ { "id": "M-1", "groupId": "G-9", "joinedOn": "2026-01-06" } ] }
            """;
        var error = Assert.Single(DatasetJson.Read(json).Errors);
        Assert.Equal("dangling-reference", error.Code);
    }

    [Theory]
    [InlineData("$.items[2]", "/items/2")]
    [InlineData("$.a.b", "/a/b")]
    [InlineData("$['x/y']", "/x~1y")]
    [InlineData("$", "")]
    [InlineData(null, "")]
    public void PathToPointer_ConvertsSystemTextJsonPaths(string? path, string pointer)
        => Assert.Equal(pointer, DatasetJson.PathToPointer(path));
}
