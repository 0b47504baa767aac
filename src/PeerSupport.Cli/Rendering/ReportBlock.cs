namespace PeerSupport.Cli.Rendering;

/// <summary>One block of a <see cref="ReportDocument"/>: a heading, a paragraph, a table or a plot.</summary>
internal abstract record ReportBlock;
