namespace HealthFlows.Server.Apis.Http;

/// <summary>Reads and checks the <c>page</c> and <c>pageSize</c> query parameters.</summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>The page and size, or an error message when they are out of range.</summary>
    public static (int Page, int PageSize, string? Error) Read(int? page, int? pageSize)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultPageSize;
        if (p < 1)
        {
            return (0, 0, "page starts at 1.");
        }

        return size is < 1 or > MaxPageSize ? (0, 0, $"pageSize must be between 1 and {MaxPageSize}.") : (p, size, null);
    }
}
