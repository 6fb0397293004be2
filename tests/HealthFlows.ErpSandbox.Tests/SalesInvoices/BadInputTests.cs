using System.Net;
using HealthFlows.ErpSandbox.Tests.Infrastructure;

namespace HealthFlows.ErpSandbox.Tests.SalesInvoices;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"customerNumber\":\"BCBS\",")]
    [InlineData("[]")]
    [InlineData("not json at all")]
    public async Task CreateInvoice_MalformedJson_Returns400BadRequest(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", body, HttpStatusCode.BadRequest);

        Assert.Equal("BadRequest", error.ErrorCode());
    }

    [Theory]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"quantity":"two"}]}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"quantity":"2"}]}""")]
    [InlineData("""{"customerId":"not-a-guid"}""")]
    [InlineData("""{"customerNumber":"BCBS","invoiceDate":"yesterday"}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":{"quantity":1}}""")]
    [InlineData("""{"customerNumber":42}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[null]}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"dimensionSetLines":[{"code":"COSTCENTER"}]}]}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"quantity":1e20,"unitPrice":1e20}]}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"quantity":1e40}]}""")]
    [InlineData("""{"customerNumber":"BCBS","invoiceDate":"9999-12-31"}""")]
    [InlineData("""{"customerNumber":"BCBS","salesInvoiceLines":[{"sequence":12345678901}]}""")]
    public async Task CreateInvoice_WrongTypesOrShapes_Returns400(string body)
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", body, HttpStatusCode.BadRequest);

        Assert.StartsWith("BadRequest", error.ErrorCode(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateInvoice_ExternalDocumentNumberLongerThan35_Returns400StringExceededLength()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices", InvoiceBodies.Charge(new string('9', 36)), HttpStatusCode.BadRequest);

        Assert.Equal("Application_StringExceededLength", error.ErrorCode());
    }

    [Fact]
    public async Task CreateInvoice_UnknownLineType_Returns400EvaluateException()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var api = await sandbox.CompanyClientAsync();

        var error = await api.PostJsonAsync("salesInvoices",
            """{"customerNumber":"BCBS","salesInvoiceLines":[{"lineType":"Gift"}]}""", HttpStatusCode.BadRequest);

        Assert.Equal("Application_EvaluateException", error.ErrorCode());
    }
}
