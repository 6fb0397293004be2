namespace HealthFlows.Server.Apis.Contracts;

/// <summary>One problem of a JSON body: the field (camelCase) and what is wrong.</summary>
public sealed record FieldError(string Field, string Message);
