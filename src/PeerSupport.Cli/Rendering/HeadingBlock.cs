namespace PeerSupport.Cli.Rendering;

/// <summary>A heading.</summary>
/// <param name="Level">1 for the title, 2 for sections, 3 for subsections.</param>
/// <param name="Text">The heading text.</param>
internal sealed record HeadingBlock(int Level, string Text) : ReportBlock;
