using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Tests.Infrastructure;

public sealed class JsonPointerLocatorTests
{
    private const string Json = "{\n  \"a\": 1,\n  \"list\": [\n    { \"x/y\": \"v\" },\n    [true, null]\n  ]\n}\n";

    [Theory]
    [InlineData("/a", 2, 3)]
    [InlineData("/list", 3, 3)]
    [InlineData("/list/0", 4, 5)]
    [InlineData("/list/0/x~1y", 4, 7)]
    [InlineData("/list/1/1", 5, 12)]
    [InlineData("", 1, 1)]
    public void TryLocate_PresentPointer_FindsLineAndColumn(string pointer, int line, int column)
    {
        var locator = JsonPointerLocator.Create(Json);

        Assert.True(locator.TryLocate(pointer, out var l, out var c));
        Assert.Equal((line, column), (l, c));
    }

    [Fact]
    public void TryLocate_AbsentMember_FallsBackToItsParent()
    {
        var locator = JsonPointerLocator.Create(Json);

        Assert.True(locator.TryLocate("/list/0/missing", out var line, out var column));
        Assert.Equal((4, 5), (line, column));
    }

    [Fact]
    public void TryLocateValue_String_PointsAtTheOpeningQuote()
    {
        var locator = JsonPointerLocator.Create(Json);

        Assert.True(locator.TryLocateValue("/list/0/x~1y", out var line, out var column));
        Assert.Equal((4, 14), (line, column));
        Assert.False(locator.TryLocateValue("/nope", out _, out _));
    }

    [Fact]
    public void Create_MalformedJson_KeepsWhatCameBefore()
    {
        var locator = JsonPointerLocator.Create("{\n \"a\": 1,\n \"b\": ]");

        Assert.True(locator.TryLocate("/a", out var line, out _));
        Assert.Equal(2, line);
    }
}
