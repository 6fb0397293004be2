namespace HealthFlows.ErpSandbox.OData;

/// <summary>Successful answers written with the sandbox's own JSON settings.</summary>
internal static class ErpResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, ErpJson.Options, statusCode: status);

    public static IResult Collection<T>(IEnumerable<T> values) =>
        Json(new ODataCollection<T>([.. values]));
}
