namespace HealthFlows.Runtime.DeadLetters;

/// <summary>Filters and paging for the dead-letter list; every filter is optional.</summary>
public sealed record DeadLetterQuery(DeadLetterStatus? Status = null, string? DefinitionId = null, int Page = 1, int PageSize = 50);
