using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules.Tests.Evaluation;

public sealed class KleeneTests
{
    private static readonly Arbitrary<TruthValue> s_truth = Gen.Elements(Enum.GetValues<TruthValue>()).ToArbitrary();

    private static bool IsUnknown(TruthValue v) => v is TruthValue.UnknownAbsent or TruthValue.UnknownMissing;

    /// <summary>Equality up to the unknown tag (laws hold on truth; tags have their own rule).</summary>
    private static bool Same(TruthValue a, TruthValue b) => a == b || (IsUnknown(a) && IsUnknown(b));

    [Property]
    public Property DeMorgan_HoldsExactlyIncludingTags() => Prop.ForAll(s_truth, s_truth, (a, b) =>
        Kleene.Not(Kleene.And(a, b)) == Kleene.Or(Kleene.Not(a), Kleene.Not(b))
        && Kleene.Not(Kleene.Or(a, b)) == Kleene.And(Kleene.Not(a), Kleene.Not(b)));

    [Property]
    public Property AndOr_AreCommutativeAndAssociative() => Prop.ForAll(s_truth, s_truth, s_truth, (a, b, c) =>
        Kleene.And(a, b) == Kleene.And(b, a) && Kleene.Or(a, b) == Kleene.Or(b, a)
        && Kleene.And(a, Kleene.And(b, c)) == Kleene.And(Kleene.And(a, b), c)
        && Kleene.Or(a, Kleene.Or(b, c)) == Kleene.Or(Kleene.Or(a, b), c));

    [Property]
    public Property Absorption_HoldsUpToUnknownTag() => Prop.ForAll(s_truth, s_truth, (a, b) =>
        Same(Kleene.And(a, Kleene.Or(a, b)), a) && Same(Kleene.Or(a, Kleene.And(a, b)), a));

    [Property]
    public Property DoubleNegation_IsIdentity() => Prop.ForAll(s_truth, a => Kleene.Not(Kleene.Not(a)) == a);

    [Fact]
    public void And_TrueAndUnknown_IsUnknown() => Assert.Equal(TruthValue.UnknownMissing, Kleene.And(TruthValue.True, TruthValue.UnknownMissing));

    [Fact]
    public void And_FalseAndUnknown_IsFalse() => Assert.Equal(TruthValue.False, Kleene.And(TruthValue.False, TruthValue.UnknownMissing));

    [Fact]
    public void Or_TrueOrUnknown_IsTrue() => Assert.Equal(TruthValue.True, Kleene.Or(TruthValue.UnknownMissing, TruthValue.True));

    [Fact]
    public void ExcludedMiddle_DoesNotHoldForUnknown() =>
        Assert.Equal(TruthValue.UnknownAbsent, Kleene.Or(TruthValue.UnknownAbsent, Kleene.Not(TruthValue.UnknownAbsent)));

    [Theory]
    [InlineData(TruthValue.UnknownAbsent, TruthValue.UnknownAbsent, TruthValue.UnknownAbsent)]
    [InlineData(TruthValue.UnknownAbsent, TruthValue.UnknownMissing, TruthValue.UnknownMissing)]
    [InlineData(TruthValue.True, TruthValue.UnknownAbsent, TruthValue.UnknownAbsent)]
    [InlineData(TruthValue.UnknownMissing, TruthValue.True, TruthValue.UnknownMissing)]
    public void And_UnknownTag_IsAbsentOnlyWhenEveryUnknownWasAbsent(TruthValue a, TruthValue b, TruthValue expected) =>
        Assert.Equal(expected, Kleene.And(a, b));

    [Fact]
    public void Or_FalseOrMissing_IsMissing() => Assert.Equal(TruthValue.UnknownMissing, Kleene.Or(TruthValue.False, TruthValue.UnknownMissing));
}
