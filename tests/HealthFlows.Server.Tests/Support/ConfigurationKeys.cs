using System.Collections;
using System.Reflection;
using HealthFlows.Erp.Configuration;
using HealthFlows.Runtime.Execution;
using HealthFlows.Runtime.Expressions;
using HealthFlows.Server.Configuration;
using HealthFlows.Server.Phi;

namespace HealthFlows.Server.Tests.Support;

/// <summary>Every configuration key the server binds, read from its options types, so deployment files and docs can be checked against them.</summary>
public static class ConfigurationKeys
{
    /// <summary>The sections bound to an options type, as HealthFlowsServices binds them.</summary>
    private static readonly (string Section, Type Options)[] Sections =
    [
        ("HealthFlows", typeof(HealthFlowsOptions)),
        ("HealthFlows:Erp", typeof(ErpOptions)),
        ("HealthFlows:Phi", typeof(PhiOptions)),
        ("HealthFlows:Mllp", typeof(MllpOptions)),
        ("HealthFlows:Expressions", typeof(ExpressionOptions)),
        ("HealthFlows:Execution", typeof(ExecutionOptions)),
    ];

    /// <summary>Keys read one by one rather than through an options type.</summary>
    private static readonly string[] Loose = ["HealthFlows:Logging:Json", "ConnectionStrings:HealthFlows"];

    // Filled while All is built (declared first so it exists by then): keys whose children are indexes or names.
    private static readonly HashSet<string> CollectionKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every leaf key; a list or dictionary is one key whose children (<c>:0</c>, <c>:name</c>) are free.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Sections.SelectMany(s => Leaves(s.Section, s.Options)).Concat(Loose).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="key"/> (with <c>:</c> or <c>__</c>) is a key the server reads.</summary>
    public static bool IsKnown(string key)
    {
        var normalized = key.Replace("__", ":", StringComparison.Ordinal);
        return All.Any(known => string.Equals(known, normalized, StringComparison.OrdinalIgnoreCase)
            || (Collection(known) && normalized.StartsWith(known + ":", StringComparison.OrdinalIgnoreCase)));
    }

    private static bool Collection(string key) => CollectionKeys.Contains(key);

    private static IEnumerable<string> Leaves(string prefix, Type type)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsScalar(propertyType))
            {
                if (property.CanWrite)
                {
                    yield return key;
                }
            }
            else if (typeof(IEnumerable).IsAssignableFrom(propertyType))
            {
                // Read-only views (EffectiveHl7Fields) are not bound.
                if (property.CanWrite)
                {
                    CollectionKeys.Add(key);
                    yield return key;
                }
            }
            else
            {
                foreach (var leaf in Leaves(key, propertyType))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Guid) || type == typeof(Uri) || type == typeof(DateTimeOffset);
}
