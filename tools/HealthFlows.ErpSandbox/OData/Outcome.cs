namespace HealthFlows.ErpSandbox.OData;

/// <summary>Either a value or the <see cref="ErpError"/> that prevented it.</summary>
internal readonly record struct Outcome<T>(T? Value, ErpError? Error)
{
    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(ErpError error) => new(default, error);
}
