using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.SalesInvoices;

/// <summary>Builds an invoice line from a request, refusing what Business Central would refuse.</summary>
internal sealed class SalesInvoiceLineFactory(LineDimensionResolver dimensions, TimeProvider clock)
{
    private static readonly HashSet<string> LineTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Comment", "Account", "Item", "Resource", "Fixed Asset", "Charge",
    };

    public async Task<Outcome<SalesInvoiceLine>> CreateAsync(
        Guid companyId, Guid invoiceId, SalesInvoiceLineRequest? request, int sequence, CancellationToken cancellationToken)
    {
        if (request is null)
            return ErpError.BadRequest("Invalid Request Body: a sales invoice line is null.");
        var lineType = request.LineType ?? "Item";
        if (!LineTypes.TryGetValue(lineType, out var knownLineType))
            return new ErpError(StatusCodes.Status400BadRequest, "Application_EvaluateException",
                $"The value \"{lineType}\" cannot be evaluated into type Option.");
        if (TooLong(request.LineObjectNumber, SalesInvoiceLimits.LineObjectNumber) is { } objectError)
            return objectError;
        if (TooLong(request.Description, SalesInvoiceLimits.Description) is { } descriptionError)
            return descriptionError;
        if (TooLong(request.UnitOfMeasureCode, SalesInvoiceLimits.UnitOfMeasureCode) is { } unitError)
            return unitError;
        if ((OutOfRange("quantity", request.Quantity) ?? OutOfRange("unitPrice", request.UnitPrice)) is { } rangeError)
            return rangeError;

        var now = clock.GetUtcNow();
        var line = new SalesInvoiceLine
        {
            Id = Guid.NewGuid(), InvoiceId = invoiceId, Sequence = request.Sequence ?? sequence, LineType = knownLineType,
            LineObjectNumber = request.LineObjectNumber?.ToUpperInvariant() ?? "", Description = request.Description ?? "",
            UnitOfMeasureCode = request.UnitOfMeasureCode?.ToUpperInvariant() ?? "", Quantity = request.Quantity ?? 0m,
            UnitPrice = request.UnitPrice ?? 0m, LastModified = now,
        };
        foreach (var dimensionRequest in request.DimensionSetLines ?? [])
        {
            var value = await dimensions.ResolveAsync(companyId, dimensionRequest, cancellationToken);
            if (value.Error is not null)
                return value.Error;
            if (line.Dimensions.Any(entry => entry.DimensionValue.DimensionId == value.Value!.DimensionId))
                return ErpError.Dialog($"Dimension {value.Value!.Dimension.Code} is set twice on the same line.");
            line.Dimensions.Add(new SalesInvoiceLineDimension
            {
                Id = Guid.NewGuid(), LineId = line.Id, DimensionValueId = value.Value!.Id, DimensionValue = value.Value, LastModified = now,
            });
        }
        return line;
    }

    private static ErpError? OutOfRange(string field, decimal? value) =>
        Math.Abs(value ?? 0m) > SalesInvoiceLimits.Magnitude
            ? ErpError.BadRequest($"The {field} {value} is outside the range the sandbox accepts (at most {SalesInvoiceLimits.Magnitude:N0}).")
            : null;

    private static ErpError? TooLong(string? text, int maxLength) =>
        text is not null && text.Length > maxLength ? ErpError.StringTooLong(text, maxLength) : null;
}
