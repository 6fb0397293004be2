using HealthFlows.ErpSandbox.OData;

namespace HealthFlows.ErpSandbox.Faults;

/// <summary>Fault injection: set, read and clear the faults the API answers with.</summary>
internal static class FaultsApi
{
    public static IEndpointRouteBuilder MapFaultsApi(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapGet("faults", GetFaults)
            .WithName("ErpSandboxGetFaults")
            .WithSummary("The faults in force and what remains of their windows.");
        sandbox.MapPost("faults", SetFaults)
            .WithName("ErpSandboxSetFaults")
            .WithSummary("Replaces the injected faults; the windows start now.");
        sandbox.MapDelete("faults", ClearFaults)
            .WithName("ErpSandboxClearFaults")
            .WithSummary("Switches every injected fault off.");
        return sandbox;
    }

    private static IResult GetFaults(FaultState faults) => ErpResults.Json(FaultStatus.From(faults.Current()));

    private static async Task<IResult> SetFaults(HttpRequest request, FaultState faults, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync<FaultSettings>(request, cancellationToken);
        if (body.Error is not null)
            return body.Error.ToResult();
        var settings = body.Value!;
        if (settings.UnavailableForSeconds < 0 || settings.LatencyMs < 0 || settings.Status429ForSeconds < 0)
            return ErpError.BadRequest("Fault durations must not be negative.").ToResult();
        if (settings.RejectCostCenters?.Any(string.IsNullOrWhiteSpace) == true)
            return ErpError.BadRequest("rejectCostCenters must not contain empty codes.").ToResult();

        faults.Apply(settings);
        return ErpResults.Json(FaultStatus.From(faults.Current()));
    }

    private static IResult ClearFaults(FaultState faults)
    {
        faults.Clear();
        return TypedResults.NoContent();
    }
}
