namespace PeerSupport.Analytics.Reliability;

/// <summary>The six Shrout–Fleiss (1979) intraclass correlation forms, named as in R's <c>psych::ICC</c>.</summary>
public enum IccForm
{
    /// <summary>ICC(1,1): one-way random effects, single rater (psych <c>ICC1</c>).</summary>
    Icc1,

    /// <summary>ICC(2,1): two-way random effects, absolute agreement, single rater (psych <c>ICC2</c>).</summary>
    Icc2,

    /// <summary>ICC(3,1): two-way mixed effects, consistency, single rater (psych <c>ICC3</c>).</summary>
    Icc3,

    /// <summary>ICC(1,k): one-way random effects, mean of k raters (psych <c>ICC1k</c>).</summary>
    Icc1K,

    /// <summary>ICC(2,k): two-way random effects, absolute agreement, mean of k raters (psych <c>ICC2k</c>).</summary>
    Icc2K,

    /// <summary>ICC(3,k): two-way mixed effects, consistency, mean of k raters (psych <c>ICC3k</c>).</summary>
    Icc3K,
}
