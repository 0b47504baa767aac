namespace PeerSupport.Rules.Language;

/// <summary>What argument a fact takes.</summary>
public enum FactParameter
{
    /// <summary>No argument: <c>phq9.item9</c>.</summary>
    None,

    /// <summary>A window in days: <c>sessions.withoutLicensedClinician(30d)</c>, or <c>count(incidents.harmful_advice, 30d)</c> for counters.</summary>
    Window,

    /// <summary>A text from <see cref="FactDefinition.AllowedArguments"/>: <c>referral.open('licensed_clinician')</c>.</summary>
    Target,
}
