namespace PeerSupport.Rules.Language;

/// <summary>
/// A reference to a fact by its dotted path (<c>phq9.item9</c>), optionally with one argument:
/// a text (<c>referral.open('licensed_clinician')</c>) or a duration (<c>sessions.withoutLicensedClinician(30d)</c>).
/// </summary>
public sealed class FactExpression : Expression
{
    internal FactExpression(string name, Expression? argument, SourcePosition position)
        : base(position)
    {
        Name = name;
        Argument = argument;
    }

    /// <summary>Gets the dotted fact path.</summary>
    public string Name { get; }

    /// <summary>Gets the argument (a text literal or a duration), or <see langword="null"/> when the fact takes none.</summary>
    public Expression? Argument { get; }

    /// <inheritdoc/>
    public override ExpressionKind Kind => ExpressionKind.Fact;
}
