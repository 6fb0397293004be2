using HealthFlows.ErpSandbox.Companies;
using HealthFlows.ErpSandbox.Items;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.ItemLedgerEntries;

internal sealed class ItemLedgerEntryConfiguration : IEntityTypeConfiguration<ItemLedgerEntry>
{
    public void Configure(EntityTypeBuilder<ItemLedgerEntry> builder)
    {
        builder.ToTable("ItemLedgerEntries");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.ItemNumber).HasMaxLength(ItemLimits.Number);
        builder.Property(entry => entry.EntryType).HasMaxLength(30);
        builder.Property(entry => entry.DocumentNumber).HasMaxLength(20);
        builder.Property(entry => entry.ExternalDocumentNumber).HasMaxLength(ItemLimits.ExternalDocumentNumber);
        builder.Property(entry => entry.Description).HasMaxLength(ItemLimits.Description);
        builder.Property(entry => entry.DimensionCode).HasMaxLength(20);
        builder.Property(entry => entry.DimensionValueCode).HasMaxLength(20);
        builder.Property(entry => entry.Quantity).HasPrecision(38, 20);
        builder.HasOne<Company>().WithMany().HasForeignKey(entry => entry.CompanyId);
        builder.HasOne<Item>().WithMany().HasForeignKey(entry => entry.ItemId);
        builder.HasIndex(entry => new { entry.CompanyId, entry.EntryNumber }).IsUnique().HasDatabaseName("IX_ItemLedgerEntries_Company_EntryNumber");
        // One consumption per external document number, whoever writes to the file (the sandbox's idempotency).
        builder.HasIndex(entry => new { entry.CompanyId, entry.ExternalDocumentNumber }).IsUnique()
            .HasFilter("\"ExternalDocumentNumber\" <> ''").HasDatabaseName("IX_ItemLedgerEntries_Company_ExternalDocumentNumber");
    }
}
