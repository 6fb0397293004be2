namespace HealthFlows.Runtime.Auditing;

/// <summary>
/// The append-only, hash-chained record of every change and every sensitive read: who did what to which target, when
/// and from where. Each entry carries the SHA-256 of the previous entry's hash and its own canonical form, so editing
/// or deleting a stored entry is detectable by <see cref="VerifyAsync"/>.
/// </summary>
public interface IAuditTrail
{
    /// <summary>Appends an entry stamped with the current time and the next sequence number; appends never fork the chain.</summary>
    Task<AuditEntry> AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken);

    /// <summary>Entries matching the query, newest first.</summary>
    Task<Stores.PagedResult<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Walks the whole chain from the first entry and reports the first entry that was changed, removed or inserted.</summary>
    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken);
}
