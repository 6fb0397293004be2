using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.SalesInvoices;

public sealed class BusinessRejectionTests
{
    [Fact]
    public async Task CreateInvoice_UnknownCustomer_Returns400RecordNotFound()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0400", customerNumber: "UNITED"), HttpStatusCode.BadRequest);

        Assert.Equal("Internal_RecordNotFound", error.ErrorCode());
        Assert.Contains("UNITED", error.ErrorMessage());
    }

    [Fact]
    public async Task CreateInvoice_NoCustomer_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", """{"externalDocumentNumber":"MSG-0401"}""", HttpStatusCode.BadRequest);

        Assert.Equal("Application_DialogException", error.ErrorCode());
    }

    [Fact]
    public async Task CreateInvoice_UnknownCostCenter_Returns400AndCreatesNothing()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0402", costCenter: "ICU"), HttpStatusCode.BadRequest);

        Assert.Equal("Internal_InvalidTableRelation", error.ErrorCode());
        Assert.Contains("ICU", error.ErrorMessage());
        Assert.Equal(0, (await sandbox.Http.GetJsonAsync("stats")).GetProperty("invoiceCount").GetInt32());
    }

    [Fact]
    public async Task CreateInvoice_BlockedCostCenter_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge("MSG-0403", costCenter: "DERM"), HttpStatusCode.BadRequest);

        Assert.Equal("Application_DialogException", error.ErrorCode());
        Assert.Contains("blocked", error.ErrorMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateInvoice_UnknownDimension_Returns400()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        const string body = """
            {"externalDocumentNumber":"MSG-0404","customerNumber":"BCBS",
             "salesInvoiceLines":[{"description":"Visit","quantity":1,"unitPrice":80,"dimensionSetLines":[{"code":"PROJECT","valueCode":"LAB"}]}]}
            """;

        var error = await api.PostJsonAsync("salesInvoices", body, HttpStatusCode.BadRequest);

        Assert.Equal("Internal_InvalidTableRelation", error.ErrorCode());
    }

    [Fact]
    public async Task CreateInvoice_BadSecondLine_CreatesNeitherInvoiceNorFirstLine()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();
        const string body = """
            {"externalDocumentNumber":"MSG-0405","customerNumber":"BCBS","salesInvoiceLines":[
              {"description":"Visit","quantity":1,"unitPrice":80,"dimensionSetLines":[{"code":"COSTCENTER","valueCode":"MED"}]},
              {"description":"Cast","quantity":1,"unitPrice":60,"dimensionSetLines":[{"code":"COSTCENTER","valueCode":"DERM"}]}]}
            """;

        await api.PostJsonAsync("salesInvoices", body, HttpStatusCode.BadRequest);

        var stats = await sandbox.Http.GetJsonAsync("stats");
        Assert.Equal(0, stats.GetProperty("invoiceCount").GetInt32());
        Assert.Equal(0, stats.GetProperty("lineCount").GetInt32());
    }
}
