namespace HealthFlows.ErpSandbox.OData;

/// <summary>An error answered the way Business Central does: an HTTP status and an OData error code with a message.</summary>
internal sealed record ErpError(int Status, string Code, string Message)
{
    public static ErpError NotFound() =>
        new(StatusCodes.Status404NotFound, "BadRequest_NotFound", "The specified resource does not exist.");

    public static ErpError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static ErpError RequiredField(string field) =>
        new(StatusCodes.Status400BadRequest, "BadRequest_RequiredParamNotProvided", $"Field '{field}' must not be blank or empty.");

    public static ErpError RecordNotFound(string message) =>
        new(StatusCodes.Status400BadRequest, "Internal_RecordNotFound", message);

    public static ErpError InvalidTableRelation(string message) =>
        new(StatusCodes.Status400BadRequest, "Internal_InvalidTableRelation", message);

    public static ErpError Dialog(string message) =>
        new(StatusCodes.Status400BadRequest, "Application_DialogException", message);

    public static ErpError StringTooLong(string value, int maxLength) =>
        new(StatusCodes.Status400BadRequest, "Application_StringExceededLength",
            $"The length of the string is {value.Length}, but it must be less than or equal to {maxLength} characters. Value: {value}");

    /// <summary>The error as an HTTP result with the body <c>{"error":{"code","message"}}</c>.</summary>
    public IResult ToResult() => ErpResults.Json(new ErpErrorBody(new ErpErrorDetail(Code, Message)), Status);
}
