using System.Diagnostics.CodeAnalysis;

// "pointer" in ReferenceCase means a JSON pointer (RFC 6901), not a memory pointer; CA1720 misreads it.
[assembly: SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON pointer, not a type name.", Scope = "type", Target = "~T:PeerSupport.Analytics.Tests.Reference.ReferenceCase")]
