namespace PeerSupport.Cli.Rendering;

/// <summary>A paragraph of plain text.</summary>
/// <param name="Text">The text.</param>
internal sealed record ParagraphBlock(string Text) : ReportBlock;
