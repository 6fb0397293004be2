namespace HealthFlows.Runtime.Auditing;

/// <summary>Checks stored entries in sequence order, one at a time, so a long chain is verified in batches without holding it in memory.</summary>
public sealed class ChainVerifier
{
    private string previousHash = AuditChain.GenesisHash;

    /// <summary>The sequence the next entry must have.</summary>
    public long Expected { get; private set; } = 1;

    /// <summary>Entries that verified so far.</summary>
    public long Checked { get; private set; }

    /// <summary>The first break, once one was found; later entries are not checked.</summary>
    public AuditBrokenEntry? Broken { get; private set; }

    /// <summary>Checks the next stored entry; answers false once the chain is broken.</summary>
    public bool Check(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Broken is not null)
        {
            return false;
        }

        if (entry.Sequence != Expected)
        {
            // A gap is a deleted entry; a repeat or a step back cannot come from ordered, unique sequences, so it is a rewrite.
            Broken = new AuditBrokenEntry(Expected, entry.Sequence, entry.Sequence > Expected ? "missingEntries" : "hashMismatch");
            return false;
        }

        if (!string.Equals(entry.PreviousHash, previousHash, StringComparison.Ordinal)
            || !string.Equals(entry.Hash, AuditChain.ComputeHash(previousHash, entry), StringComparison.Ordinal))
        {
            Broken = new AuditBrokenEntry(entry.Sequence, entry.Sequence, "hashMismatch");
            return false;
        }

        previousHash = entry.Hash;
        Expected++;
        Checked++;
        return true;
    }

    /// <summary>The verdict after the last entry was checked.</summary>
    public AuditVerification Result() => new(Broken is null, Checked, Broken);
}
