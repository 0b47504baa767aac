using System.Diagnostics.CodeAnalysis;

// "pointer" in ReferenceCase means a JSON pointer (RFC 6901), not the CLR pointer type.
[assembly: SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A JSON pointer, not a CLR pointer.", Scope = "type", Target = "~T:PeerSupport.Analytics.Tests.Reference.ReferenceCase")]
