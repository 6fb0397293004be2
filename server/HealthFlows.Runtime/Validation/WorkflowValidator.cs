using System.Text.Json;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Descriptors;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Validation;

/// <summary>Checks a definition and reports every problem at once, each with its node where it has one.</summary>
public sealed class WorkflowValidator(ActivityRegistry registry, IExpressionEvaluator expressions)
{
    public ValidationResult Validate(WorkflowDefinition definition)
    {
        var problems = new List<ValidationProblem>();
        CheckHeader(definition, problems);
        var variables = CheckVariables(definition, problems);
        var nodes = CheckNodes(definition, variables, problems);
        CheckConnections(definition, nodes, problems);
        var start = CheckStart(definition, nodes, problems);
        if (start is not null)
        {
            GraphChecks.FindUnreachable(definition, start, problems);
        }

        GraphChecks.FindLoopsWithoutWait(definition, nodes, problems);
        return new ValidationResult(problems);
    }

    private static void CheckHeader(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        if (definition.SchemaVersion is < 1 or > WorkflowDefinition.CurrentSchemaVersion)
        {
            problems.Add(new(ProblemCodes.UnsupportedSchemaVersion, $"schemaVersion {definition.SchemaVersion} is not supported; this server reads version {WorkflowDefinition.CurrentSchemaVersion}."));
        }

        if (!DefinitionIds.IsValid(definition.DefinitionId))
        {
            problems.Add(new(ProblemCodes.InvalidDefinitionId, "definitionId must be 1-100 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            problems.Add(new(ProblemCodes.MissingName, "The workflow needs a name."));
        }
    }

    private static HashSet<string> CheckVariables(WorkflowDefinition definition, List<ValidationProblem> problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variable in definition.Variables)
        {
            if (!names.Add(variable.Name))
            {
                problems.Add(new(ProblemCodes.DuplicateVariable, $"Variable '{variable.Name}' is declared twice."));
            }
        }

        return names;
    }

    private Dictionary<string, RegisteredActivity?> CheckNodes(WorkflowDefinition definition, HashSet<string> variables, List<ValidationProblem> problems)
    {
        var nodes = new Dictionary<string, RegisteredActivity?>(StringComparer.Ordinal);
        foreach (var node in definition.Nodes)
        {
            if (string.IsNullOrWhiteSpace(node.Id) || !nodes.TryAdd(node.Id, registry.Find(node.Type)))
            {
                problems.Add(new(ProblemCodes.DuplicateNodeId, $"Node id '{node.Id}' is empty or used twice.", node.Id));
                continue;
            }

            if (nodes[node.Id] is not { } activity)
            {
                problems.Add(new(ProblemCodes.UnknownActivityType, $"Node '{node.Id}' uses activity type '{node.Type}', which this server does not have.", node.Id));
                continue;
            }

            CheckInputs(node, activity.Descriptor, problems);
            foreach (var (output, variable) in node.OutputBindings)
            {
                if (!variables.Contains(variable))
                {
                    problems.Add(new(ProblemCodes.UnknownVariable, $"Node '{node.Id}' writes output '{output}' to variable '{variable}', which is not declared.", node.Id));
                }
            }
        }

        return nodes;
    }

    private void CheckInputs(WorkflowNode node, ActivityDescriptor descriptor, List<ValidationProblem> problems)
    {
        foreach (var input in descriptor.Inputs)
        {
            node.Inputs.TryGetValue(input.Name, out var value);
            if (value is null || value.Value is null || IsBlank(value.Value.Value))
            {
                if (input.Required && input.DefaultValue is null)
                {
                    problems.Add(new(ProblemCodes.MissingRequiredInput, $"Node '{node.Id}' needs a value for '{input.DisplayName}'.", node.Id));
                }

                continue;
            }

            if (value.Mode == InputMode.Expression)
            {
                var error = value.Script is { } script ? expressions.CheckSyntax(script) : "the expression must be a string";
                if (error is not null)
                {
                    problems.Add(new(ProblemCodes.InvalidExpression, $"Node '{node.Id}', input '{input.DisplayName}': {error}", node.Id));
                }
            }
            else if (!LiteralFits(input, value.Value.Value))
            {
                problems.Add(new(ProblemCodes.InvalidInputValue, $"Node '{node.Id}', input '{input.DisplayName}' expects {input.Type}, got {value.Value.Value.ValueKind.ToString().ToLowerInvariant()}.", node.Id));
            }
        }
    }

    private static bool IsBlank(JsonElement value) =>
        value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0);

    private static bool LiteralFits(InputDescriptor input, JsonElement value) => input.Type switch
    {
        "string" => value.ValueKind == JsonValueKind.String && (input.Options is null || input.Options.Contains(value.GetString())),
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "duration" => value.ValueKind == JsonValueKind.Number || (value.ValueKind == JsonValueKind.String && DurationText.TryParse(value.GetString(), out _)),
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        _ => true,
    };

    private static void CheckConnections(WorkflowDefinition definition, Dictionary<string, RegisteredActivity?> nodes, List<ValidationProblem> problems)
    {
        foreach (var connection in definition.Connections)
        {
            if (!nodes.TryGetValue(connection.Source, out var source) || !nodes.ContainsKey(connection.Target))
            {
                problems.Add(new(ProblemCodes.DanglingConnection, $"A connection from '{connection.Source}' to '{connection.Target}' names a node that does not exist.", nodes.ContainsKey(connection.Source) ? connection.Source : connection.Target));
                continue;
            }

            if (source is not null && !OutcomeNames.Of(definition.Nodes.First(n => n.Id == connection.Source), source.Descriptor).Contains(connection.Outcome))
            {
                problems.Add(new(ProblemCodes.UnknownOutcome, $"Node '{connection.Source}' has no outcome '{connection.Outcome}'.", connection.Source));
            }
        }
    }

    private static WorkflowNode? CheckStart(WorkflowDefinition definition, Dictionary<string, RegisteredActivity?> nodes, List<ValidationProblem> problems)
    {
        var starts = definition.Nodes.Where(n => nodes.GetValueOrDefault(n.Id)?.Descriptor.Kind == ActivityKind.Trigger).ToList();
        if (starts.Count == 0)
        {
            problems.Add(new(ProblemCodes.NoStartNode, "The workflow needs one start node (Start or a trigger activity)."));
            return null;
        }

        foreach (var extra in starts.Skip(1))
        {
            problems.Add(new(ProblemCodes.MultipleStartNodes, $"Node '{extra.Id}' is a second start node; a workflow has exactly one.", extra.Id));
        }

        return starts[0];
    }
}
