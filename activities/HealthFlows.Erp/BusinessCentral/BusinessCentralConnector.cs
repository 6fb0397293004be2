using System.Net;
using System.Net.Http.Json;
using HealthFlows.Erp.Authentication;
using HealthFlows.Erp.Configuration;
using HealthFlows.Erp.CostCenters;
using HealthFlows.Erp.Invoices;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace HealthFlows.Erp.BusinessCentral;

/// <summary>
/// <see cref="IErpConnector"/> over Business Central's API v2.0. An invoice is created as a draft with its lines in one
/// deep insert and then posted (<c>Microsoft.NAV.post</c>). Both requests carry a <see cref="ReplayCheck"/>, so every
/// attempt first asks the ERP whether an earlier one took effect (see docs/erp-connector.md, "Idempotency").
/// </summary>
public sealed partial class BusinessCentralConnector(HttpClient http, IOptions<ErpOptions> options) : IErpConnector
{
    private ErpOptions Settings => options.Value;

    public async Task<ErpPostResult> PostInvoiceAsync(ErpInvoice invoice, CancellationToken cancellationToken = default)
    {
        if (InvalidInvoice(invoice) is { } problem)
            return ErpPostResult.Rejected(problem);
        try
        {
            var invoiceDocument = await CreateOnceAsync<SalesInvoiceDocument>("salesInvoices", ToBody(invoice), invoice.ExternalDocumentNumber, cancellationToken);
            if (invoiceDocument.IsDraft)
            {
                await PostDraftAsync(invoiceDocument.Id, cancellationToken);
                invoiceDocument = await GetAsync(invoiceDocument.Id, cancellationToken);
            }

            return ErpPostResult.Posted(invoiceDocument.Number ?? "", invoiceDocument.Id);
        }
        catch (ErpRejectedException rejection)
        {
            return ErpPostResult.Rejected(rejection.Message);
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            return ErpPostResult.Unavailable(reason);
        }
    }

    public async Task<ErpInvoiceReference?> FindInvoiceAsync(string externalDocumentNumber, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await http.GetAsync(InvoiceLookup(externalDocumentNumber), cancellationToken);
            var found = await ErpResponses.ReadAsync<ODataCollection<SalesInvoiceDocument>>(response, cancellationToken);
            return found.Value is [var invoice, ..]
                ? new ErpInvoiceReference(invoice.Id, invoice.Number ?? "", invoice.ExternalDocumentNumber ?? "", invoice.Status ?? "")
                : null;
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            throw new ErpUnavailableException(reason, exception);
        }
    }

    public async Task<IReadOnlyList<ErpCostCenter>> ListCostCentersAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var filter = Uri.EscapeDataString($"code eq {ODataLiteral(Settings.CostCenterDimension)}");
            using var dimensionResponse = await http.GetAsync(CompanyUri($"dimensions?$filter={filter}"), cancellationToken);
            var dimensions = await ErpResponses.ReadAsync<ODataCollection<DimensionDocument>>(dimensionResponse, cancellationToken);
            if (dimensions.Value is not [var dimension, ..])
                throw new ErpUnavailableException($"The ERP has no dimension '{Settings.CostCenterDimension}'.");

            using var valueResponse = await http.GetAsync(CompanyUri($"dimensions({dimension.Id})/dimensionValues"), cancellationToken);
            var values = await ErpResponses.ReadAsync<ODataCollection<DimensionValueDocument>>(valueResponse, cancellationToken);
            return [.. (values.Value ?? []).Where(value => !string.IsNullOrEmpty(value.Code))
                .Select(value => new ErpCostCenter(value.Code!, value.DisplayName ?? "", value.Blocked ?? false))];
        }
        catch (Exception exception) when (Unavailability(exception, cancellationToken) is { } reason)
        {
            throw new ErpUnavailableException(reason, exception);
        }
        catch (ErpRejectedException rejection)
        {
            throw new ErpUnavailableException(rejection.Message, rejection);
        }
    }

    /// <summary>POSTs <paramref name="body"/> to a collection unless an earlier attempt already made the document with this external document number.</summary>
    private async Task<TDocument> CreateOnceAsync<TDocument>(string collection, object body, string externalDocumentNumber, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CompanyUri(collection))
        {
            Content = JsonContent.Create(body, body.GetType(), options: ErpJson.Options),
        };
        var lookup = DocumentLookup(collection, externalDocumentNumber);
        request.Options.Set(ReplayGuardHandler.Check, async (send, token) =>
        {
            using var query = new HttpRequestMessage(HttpMethod.Get, lookup);
            var response = await send(query, token);
            if (!response.IsSuccessStatusCode)
                return response;
            using (response)
            {
                var found = await ErpResponses.ReadAsync<ODataCollection<TDocument>>(response, token);
                // The ERP has it already: answer as Business Central answers a read of it.
                return found.Value is [var existing, ..]
                    ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(existing, options: ErpJson.Options) }
                    : null;
            }
        });
        using var created = await http.SendAsync(request, cancellationToken);
        return await ErpResponses.ReadAsync<TDocument>(created, cancellationToken);
    }

    private async Task PostDraftAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, CompanyUri($"salesInvoices({invoiceId})/Microsoft.NAV.post"));
        var attempts = 0;
        request.Options.Set(ReplayGuardHandler.Check, async (send, token) =>
        {
            // The caller has just read the invoice as a draft, so before the first attempt the look-up would only say so again.
            if (attempts++ == 0)
                return null;
            using var query = new HttpRequestMessage(HttpMethod.Get, CompanyUri($"salesInvoices({invoiceId})"));
            var response = await send(query, token);
            if (!response.IsSuccessStatusCode)
                return response;
            using (response)
            {
                var current = await ErpResponses.ReadAsync<SalesInvoiceDocument>(response, token);
                return current.IsDraft ? null : new HttpResponseMessage(HttpStatusCode.NoContent);
            }
        });
        using var posted = await http.SendAsync(request, cancellationToken);
        await ErpResponses.EnsureSuccessAsync(posted, cancellationToken);
    }

    private async Task<SalesInvoiceDocument> GetAsync(Guid invoiceId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(CompanyUri($"salesInvoices({invoiceId})"), cancellationToken);
        return await ErpResponses.ReadAsync<SalesInvoiceDocument>(response, cancellationToken);
    }

    private SalesInvoiceBody ToBody(ErpInvoice invoice) => new(
        invoice.ExternalDocumentNumber,
        invoice.CustomerNumber,
        invoice.InvoiceDate,
        string.IsNullOrWhiteSpace(invoice.EncounterReference) ? null : invoice.EncounterReference,
        [.. invoice.Lines.Select(line => new SalesInvoiceLineBody(
            string.IsNullOrWhiteSpace(line.ItemNumber) ? "Account" : "Item",
            string.IsNullOrWhiteSpace(line.ItemNumber) ? Settings.RevenueAccountNumber : line.ItemNumber,
            line.Description,
            line.Quantity,
            line.UnitPrice,
            [new DimensionSetLineBody(Settings.CostCenterDimension, line.CostCenter)]))]);

    private static string? InvalidInvoice(ErpInvoice invoice) =>
        string.IsNullOrWhiteSpace(invoice.ExternalDocumentNumber) ? "An external document number is required: it is what keeps the ERP from holding the invoice twice."
        : string.IsNullOrWhiteSpace(invoice.CustomerNumber) ? "A customer number is required."
        : invoice.Lines.Count == 0 ? "An invoice needs at least one line."
        : invoice.Lines.Any(line => string.IsNullOrWhiteSpace(line.CostCenter)) ? "Every line needs a cost center."
        : null;

    private Uri InvoiceLookup(string externalDocumentNumber) => DocumentLookup("salesInvoices", externalDocumentNumber);

    private Uri DocumentLookup(string collection, string externalDocumentNumber) =>
        CompanyUri($"{collection}?$filter={Uri.EscapeDataString($"externalDocumentNumber eq {ODataLiteral(externalDocumentNumber)}")}");

    private Uri CompanyUri(string relative)
    {
        var root = Settings.BaseUrl ?? throw new InvalidOperationException("HealthFlows:Erp:BaseUrl is not configured.");
        var withSlash = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(withSlash, $"companies({Settings.CompanyId})/{relative}");
    }

    private static string ODataLiteral(string text) => $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>Why the ERP counts as unavailable, or null when the exception is not about the ERP (the caller's own cancellation).</summary>
    private string? Unavailability(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        ErpUnavailableException unavailable => unavailable.Message,
        ErpAuthenticationException authentication => authentication.Message,
        BrokenCircuitException => $"The ERP circuit is open after repeated failures; calls are refused for up to {Settings.Resilience.CircuitBreakerBreakDuration}.",
        TimeoutRejectedException timeout => $"The ERP did not answer in time ({timeout.Timeout}).",
        HttpRequestException request => $"The ERP could not be reached: {request.Message}",
        OperationCanceledException when !cancellationToken.IsCancellationRequested => "The ERP did not answer in time.",
        _ => null,
    };
}
