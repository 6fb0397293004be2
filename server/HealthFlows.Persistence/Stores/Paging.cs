namespace HealthFlows.Persistence.Stores;

/// <summary>Turns a 1-based page and a page size into rows to skip and take.</summary>
internal static class Paging
{
    /// <summary>The largest page a list answers, whatever was asked.</summary>
    public const int MaxPageSize = 1000;

    public static (int Skip, int Take) Window(int page, int pageSize)
    {
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = (long)(Math.Max(page, 1) - 1) * take;
        return ((int)Math.Min(skip, int.MaxValue), take);
    }
}
