namespace HealthFlows.Runtime.Definitions;

/// <summary>Filters, sort and paging for the definition list.</summary>
/// <param name="Search">Matches the id, name or description (case-insensitive).</param>
/// <param name="Status">"published" (has a published version) or "draft" (has a draft).</param>
/// <param name="Sort">"name" or "updatedAt" (newest first, the default).</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page.</param>
public sealed record DefinitionQuery(string? Search = null, string? Status = null, string Sort = "updatedAt", int Page = 1, int PageSize = 50);
