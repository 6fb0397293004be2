using HealthFlows.Persistence.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.Persistence.Configurations;

internal sealed class UserRecordConfiguration : IEntityTypeConfiguration<UserRecord>
{
    public void Configure(EntityTypeBuilder<UserRecord> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id).HasName("PK_Users");

        builder.Property(u => u.Id).HasMaxLength(ColumnLengths.Id);
        builder.Property(u => u.UserName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(ColumnLengths.UserName);
        builder.Property(u => u.PasswordHash).HasMaxLength(ColumnLengths.PasswordHash);
        builder.Property(u => u.Roles).HasMaxLength(ColumnLengths.Roles);

        builder.HasIndex(u => u.NormalizedUserName).IsUnique().HasDatabaseName("UX_Users_NormalizedUserName");
    }
}
