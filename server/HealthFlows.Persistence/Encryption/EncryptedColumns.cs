using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Encryption;

/// <summary>
/// The columns that hold message content (and so PHI), encrypted at rest when a key ring is configured. One list, so a
/// reviewer sees at a glance what is protected; a new payload column belongs here.
/// </summary>
internal static class EncryptedColumns
{
    /// <summary>Puts the encrypting converters on every payload column of the model.</summary>
    public static void Apply(ModelBuilder model, PayloadProtector protector)
    {
        Text<WorkflowInstanceRecord>(model, protector, "WorkflowInstances", i => i.Input, i => i.Output, i => i.State);
        Text<JournalEntryRecord>(model, protector, "JournalEntries", j => j.Inputs, j => j.Outputs, j => j.Message);
        Text<IncidentRecord>(model, protector, "Incidents", i => i.Message);
        Text<BookmarkRecord>(model, protector, "Bookmarks", b => b.Data);
        Text<DeadLetterRecord>(model, protector, "DeadLetters", d => d.Payload, d => d.Errors);
        model.Entity<RawMessageRecord>().Property(m => m.Body).HasConversion(
            new EncryptedBytesConverter(protector, "RawMessages.Body"),
            new ValueComparer<byte[]>((a, b) => ReferenceEquals(a, b) || (a != null && b != null && a.SequenceEqual(b)), v => v.Length, v => v.ToArray()));
    }

    private static void Text<T>(ModelBuilder model, PayloadProtector protector, string table, params System.Linq.Expressions.Expression<Func<T, string?>>[] columns)
        where T : class
    {
        EntityTypeBuilder<T> entity = model.Entity<T>();
        foreach (var column in columns)
        {
            var property = entity.Property(column);
            property.HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)new EncryptedTextConverter(protector, $"{table}.{property.Metadata.Name}"));
        }
    }
}
