namespace HealthFlows.Runtime.Auditing;

/// <summary>Where the chain breaks: the sequence expected there, the sequence found, and why.</summary>
/// <param name="Sequence">The sequence number at which the chain stops verifying.</param>
/// <param name="FoundSequence">The stored entry met there (differs from <paramref name="Sequence"/> when entries were removed).</param>
/// <param name="Reason"><c>hashMismatch</c> (the entry or one before it was changed) or <c>missingEntries</c> (entries were deleted).</param>
public sealed record AuditBrokenEntry(long Sequence, long FoundSequence, string Reason);
