using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class ApiKeyRecordConfiguration : IEntityTypeConfiguration<ApiKeyRecord>
{
    public void Configure(EntityTypeBuilder<ApiKeyRecord> builder)
    {
        builder.ToTable("ApiKeys");
        builder.HasKey(k => k.Id).HasName("PK_ApiKeys");

        builder.Property(k => k.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(k => k.Name).HasMaxLength(ColumnLengths.Name);
        builder.Property(k => k.KeyHash).HasMaxLength(ColumnLengths.KeyHash);
        builder.Property(k => k.Prefix).HasMaxLength(ColumnLengths.KeyPrefix);
        builder.Property(k => k.Roles).HasMaxLength(ColumnLengths.Roles);
        builder.Property(k => k.AllowedTriggerPaths).HasMaxLength(ColumnLengths.TriggerPaths);

        builder.HasIndex(k => k.KeyHash).IsUnique().HasDatabaseName("UX_ApiKeys_KeyHash");
    }
}
