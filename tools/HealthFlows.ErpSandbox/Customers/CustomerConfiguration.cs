using HealthFlows.ErpSandbox.Companies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HealthFlows.ErpSandbox.Customers;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.HasKey(customer => customer.Id);
        builder.Property(customer => customer.Number).HasMaxLength(20);
        builder.Property(customer => customer.DisplayName).HasMaxLength(100);
        builder.Property(customer => customer.Type).HasMaxLength(20);
        builder.Property(customer => customer.Email).HasMaxLength(80);
        builder.Property(customer => customer.CurrencyCode).HasMaxLength(10);
        builder.HasOne<Company>().WithMany().HasForeignKey(customer => customer.CompanyId);
        builder.HasIndex(customer => new { customer.CompanyId, customer.Number }).IsUnique().HasDatabaseName("IX_Customers_Company_Number");
    }
}
