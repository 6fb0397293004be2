using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Companies;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.ToTable("Companies");
        builder.HasKey(company => company.Id);
        builder.Property(company => company.Name).HasMaxLength(30);
        builder.Property(company => company.DisplayName).HasMaxLength(250);
        builder.Property(company => company.CurrencyCode).HasMaxLength(10);
        builder.HasIndex(company => company.Name).IsUnique().HasDatabaseName("IX_Companies_Name");
    }
}
