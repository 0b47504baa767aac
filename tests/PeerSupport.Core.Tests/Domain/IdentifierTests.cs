using PeerSupport.Domain;

namespace PeerSupport.Core.Tests.Domain;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("N01-2824")]
    [InlineData("a")]
    [InlineData("G HARBOR")]
    public void Create_ValidText_KeepsValue(string text)
    {
        var id = MemberId.Create(text);
        Assert.Equal(text, id.Value);
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData(" N01", "white space")]
    [InlineData("N01 ", "white space")]
    [InlineData("N01,2", "commas")]
    [InlineData("N01;2", "semicolons")]
    [InlineData("N\"01", "quotes")]
    [InlineData("N\t01", "control")]
    public void Create_InvalidText_ThrowsNamingTheRule(string text, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(() => MemberId.Create(text));
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains("MemberId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TooLong_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GroupId.Create(new string('g', 65)));
        Assert.Contains("at most 64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsOrdinalAndCaseSensitive()
    {
        Assert.Equal(SessionId.Create("S1"), SessionId.Create("S1"));
        Assert.NotEqual(SessionId.Create("S1"), SessionId.Create("s1"));
        Assert.True(SessionId.Create("A") < SessionId.Create("B"));
        Assert.True(SessionId.Create("B") >= SessionId.Create("B"));
    }

    [Fact]
    public void Default_HasEmptyValue()
    {
        Assert.Equal(string.Empty, default(MemberId).Value);
        Assert.Equal(default, default(MemberId));
    }
}
