using System.Text.Json;

namespace PeerSupport.Analytics.Tests;

public sealed class StatisticJsonTests
{
    [Fact]
    public void PlainSerializer_WritesDefinedAndUndefinedStatistics()
    {
        Assert.Equal("{\"value\":1.5}", JsonSerializer.Serialize(Statistic.Of(1.5)));
        Assert.Equal("{\"value\":null,\"undefinedReason\":\"standard deviation is 0\"}", JsonSerializer.Serialize(Statistic.Undefined("standard deviation is 0")));
        Assert.Equal(Statistic.Undefined("n < 2"), JsonSerializer.Deserialize<Statistic>("{\"value\":null,\"undefinedReason\":\"n < 2\"}"));
        Assert.Equal(Statistic.Of(double.PositiveInfinity), JsonSerializer.Deserialize<Statistic>("{\"value\":\"Infinity\"}"));
    }
}
