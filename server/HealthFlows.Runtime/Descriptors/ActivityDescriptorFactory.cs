using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using HealthFlows.Runtime.Activities;
using HealthFlows.Runtime.Model;

namespace HealthFlows.Runtime.Descriptors;

/// <summary>Reads an activity class's attributes and Input/Output properties into a descriptor: the one source of truth.</summary>
public static partial class ActivityDescriptorFactory
{
    /// <summary>Describes <paramref name="activity"/> and names its input and output declarations after their properties.</summary>
    public static ActivityDescriptor Describe(Activity activity)
    {
        var type = activity.GetType();
        var meta = type.GetCustomAttribute<ActivityAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} has no [Activity] attribute.");
        var dynamic = type.GetCustomAttribute<DynamicOutcomesAttribute>();
        var inputs = new List<InputDescriptor>();
        var outputs = new List<OutputDescriptor>();

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(activity);
            if (value is InputDeclaration input)
            {
                input.Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                inputs.Add(DescribeInput(input, property));
            }
            else if (value is OutputDeclaration output)
            {
                output.Name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var attribute = property.GetCustomAttribute<OutputAttribute>();
                outputs.Add(new OutputDescriptor(output.Name, attribute?.DisplayName ?? Words(property.Name), JsonTypeNames.For(output.ValueType), attribute?.Description ?? ""));
            }
        }

        return new ActivityDescriptor(
            meta.TypeName,
            meta.DisplayName ?? Words(meta.TypeName),
            meta.Category,
            meta.Description,
            meta.Kind,
            meta.IsBlocking,
            meta.IsLoop,
            meta.Icon,
            meta.Outcomes,
            dynamic is null ? null : new DynamicOutcomesDescriptor(dynamic.FromInput, dynamic.Property),
            inputs,
            outputs);
    }

    private static InputDescriptor DescribeInput(InputDeclaration input, PropertyInfo property)
    {
        var attribute = property.GetCustomAttribute<InputAttribute>() ?? new InputAttribute();
        var jsonType = attribute.Type ?? JsonTypeNames.For(input.ValueType);
        var options = attribute.Options ?? (input.ValueType.IsEnum ? Enum.GetNames(input.ValueType) : null);
        JsonElement? defaultValue = input.DefaultValue is null
            ? null
            : JsonSerializer.SerializeToElement(input.DefaultValue, input.ValueType, WorkflowJson.Options);
        return new InputDescriptor(
            input.Name,
            attribute.DisplayName ?? Words(property.Name),
            attribute.Description,
            jsonType,
            attribute.UIHint ?? JsonTypeNames.DefaultUIHint(jsonType, options is not null),
            options,
            defaultValue,
            attribute.Required,
            attribute.DefaultMode);
    }

    private static string Words(string name) => WordBoundary().Replace(name, " $1").Trim();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
