using Microsoft.Extensions.Options;

namespace PeerSupport.Analytics.Internal;

/// <summary>
/// Turns the result of a source-generated options validator into the exception an options type's <c>Validate()</c>
/// documents: <see cref="ArgumentNullException"/> when the first broken rule is a missing (null) option, otherwise
/// <see cref="ArgumentOutOfRangeException"/>. The parameter name is the first option named by the first broken rule; the
/// message lists every broken rule.
/// </summary>
internal static class OptionsFailure
{
    /// <summary>The message of <c>[Required]</c> on an options property: "The field GroupHealthOptions.X must not be null."</summary>
    internal const string Required = "The field {0}" + NullSuffix;

    private const string NullSuffix = " must not be null.";

    /// <summary>Throws when <paramref name="result"/> failed.</summary>
    /// <param name="result">The validator's result.</param>
    /// <exception cref="ArgumentNullException">Thrown when the first broken rule is a null option.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the first broken rule is any other.</exception>
    internal static void ThrowIfFailed(ValidateOptionsResult result)
    {
        if (!result.Failed)
        {
            return;
        }

        // The builder formats each failure as "Member[, Member...]: message" (members of an IValidatableObject rule first).
        var failures = result.Failures?.ToArray() is { Length: > 0 } all ? all : [result.FailureMessage];
        var first = failures[0];
        var members = first.IndexOf(": ", StringComparison.Ordinal) is var colon and >= 0 ? first[..colon] : string.Empty;
        var option = members.Split(", ")[0];
        var message = string.Join(" ", failures);
        if (first.EndsWith(NullSuffix, StringComparison.Ordinal))
        {
            throw new ArgumentNullException(option, message);
        }

        throw new ArgumentOutOfRangeException(option, message);
    }
}
