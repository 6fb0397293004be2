using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Tests.Support;

/// <summary>Builds definitions in tests in a line per node or connection.</summary>
public sealed class WorkflowBuilder(string definitionId = "test-flow")
{
    private readonly WorkflowDefinition _definition = new() { DefinitionId = definitionId, Name = definitionId, Version = 1 };

    public WorkflowBuilder Node(string id, string type, params (string Name, InputValue Value)[] inputs)
    {
        var node = new WorkflowNode { Id = id, Type = type };
        foreach (var (name, value) in inputs)
        {
            node.Inputs[name] = value;
        }

        _definition.Nodes.Add(node);
        return this;
    }

    public WorkflowBuilder Bind(string nodeId, string output, string variable)
    {
        _definition.Nodes.Single(n => n.Id == nodeId).OutputBindings[output] = variable;
        return this;
    }

    public WorkflowBuilder Connect(string source, string outcome, string target)
    {
        _definition.Connections.Add(new Connection { Source = source, Outcome = outcome, Target = target });
        return this;
    }

    public WorkflowBuilder Variable(string name, object? initial = null)
    {
        _definition.Variables.Add(new VariableDefinition { Name = name, Default = initial is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(initial) });
        return this;
    }

    public WorkflowBuilder Output(string name)
    {
        _definition.Outputs.Add(new WorkflowFieldDefinition { Name = name });
        return this;
    }

    public WorkflowDefinition Build() => _definition;

    public static InputValue Literal<T>(T value) => InputValue.Literal(value);

    public static InputValue Expr(string script) => InputValue.Expression(script);
}
