using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class TimerTriggerRecordConfiguration : IEntityTypeConfiguration<TimerTriggerRecord>
{
    public void Configure(EntityTypeBuilder<TimerTriggerRecord> builder)
    {
        builder.ToTable("TimerTriggers");
        builder.HasKey(t => t.DefinitionId).HasName("PK_TimerTriggers");

        builder.Property(t => t.DefinitionId).HasMaxLength(ColumnLengths.DefinitionId);

        // No foreign key to the definition: the row outlives a retract, so a later publish still knows what already fired.
    }
}
