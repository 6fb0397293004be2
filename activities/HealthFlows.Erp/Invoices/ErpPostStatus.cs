namespace HealthFlows.Erp.Invoices;

/// <summary>How posting an invoice ended.</summary>
public enum ErpPostStatus
{
    /// <summary>The ERP holds the posted invoice (posted now, or found from an earlier attempt).</summary>
    Posted,

    /// <summary>The ERP refused the invoice (a 4xx business error); trying again will not help until the data changes.</summary>
    Rejected,

    /// <summary>The ERP could not be reached or kept failing after the retries; trying again later may help.</summary>
    Unavailable,
}
