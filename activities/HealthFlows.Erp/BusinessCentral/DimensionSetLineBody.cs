namespace HealthFlows.Erp.BusinessCentral;

/// <summary>A line's dimension, by the dimension's code and the value's code.</summary>
internal sealed record DimensionSetLineBody(string Code, string ValueCode);
