using System.Text.Json;
using HealthFlows.Activities.Healthcare;
using HealthFlows.Hl7;
using HealthFlows.Hl7.Adt;
using HealthFlows.Server.Apis.Contracts;
using HealthFlows.Server.Apis.Http;
using HealthFlows.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace HealthFlows.Server.Apis;

/// <summary>HL7 v2 tools: parse a raw message into values by path and the typed ADT view (the designer's test run uses it).</summary>
public static class Hl7Api
{
    /// <summary>The registered HL7 v2 ER7 media type, and plain text for tools that cannot set it.</summary>
    public static readonly string[] MediaTypes = ["x-application/hl7-v2+er7", "text/plain"];

    private const int MaxPaths = 200;

    public static RouteGroupBuilder MapHl7Api(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/hl7").WithTags("HL7");
        api.MapPost("/parse", Parse).WithName("ParseHl7Message")
            .WithSummary("Parses a raw HL7 v2 message: header, values at the ?path= queries and the typed ADT view (422 naming the segment and field when invalid).")
            .DocumentsTextBody("A raw HL7 v2 message in ER7 (pipe-delimited) form.", MediaTypes).RequireAuthorization(Policies.Read);
        return api;
    }

    public static async Task<Results<Ok<Hl7ParseResponse>, ProblemHttpResult>> Parse(
        HttpRequest request, [FromQuery(Name = "path")] string[]? path, CancellationToken cancellationToken)
    {
        var texts = path ?? [];
        if (texts.Length > MaxPaths)
        {
            return Problems.BadRequest($"Ask for at most {MaxPaths} paths (got {texts.Length}).");
        }

        var paths = new List<(string Text, Hl7Path Path)>(texts.Length);
        foreach (var text in texts)
        {
            if (!Hl7Path.TryParse(text, out var parsed, out var error))
            {
                return Problems.BadRequest($"path '{text}' is not an HL7 path: {error} See docs/hl7.md for the notation (e.g. PID-3(2)-1).", "The path is not valid");
            }

            paths.Add((text, parsed));
        }

        var body = await RequestBody.ReadRawAsync(request, MediaTypes, "an HL7 v2 message", cancellationToken);
        if (body.Failed)
        {
            return body.Problem!;
        }

        var result = Hl7Parser.Parse(body.Value!);
        if (!result.IsValid)
        {
            return InvalidMessage(result.Errors);
        }

        var message = result.Message!;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (text, parsed) in paths)
        {
            values[text] = message.GetValue(parsed);
        }

        return TypedResults.Ok(new Hl7ParseResponse(true, message.MessageType, message.ControlId, values, AdtJson.ToJson(AdtMessage.From(message))));
    }

    /// <summary>422 whose detail names the first segment and field at fault, with every problem under <c>problems</c>.</summary>
    private static ProblemHttpResult InvalidMessage(IReadOnlyList<Hl7ParseError> errors)
    {
        var first = errors[0];
        var problems = errors.Select(error => new Hl7ParseProblem(
            JsonNamingPolicy.CamelCase.ConvertName(error.Code.ToString()), error.Location, error.SegmentName, error.SegmentIndex, error.FieldPosition, error.Message)).ToList();
        var where = first.Location.Length > 0 ? $"{first.Location} (segment {first.SegmentIndex + 1}): " : "";
        return TypedResults.Problem($"{where}{first.Message}", statusCode: StatusCodes.Status422UnprocessableEntity, title: "The HL7 message is not valid",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }
}
