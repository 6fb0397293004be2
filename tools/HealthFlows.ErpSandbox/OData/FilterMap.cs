using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace HealthFlows.ErpSandbox.OData;

/// <summary>The properties of an entity that <c>$filter</c> may name, each mapped to the stored column it compares.</summary>
internal sealed class FilterMap<T>(string entityName)
{
    private readonly Dictionary<string, LambdaExpression> properties = new(StringComparer.Ordinal);

    public FilterMap<T> Add<TProperty>(string name, Expression<Func<T, TProperty>> selector)
    {
        properties.Add(name, selector);
        return this;
    }

    /// <summary>Narrows <paramref name="query"/> by <paramref name="filter"/>, translated to SQL; a blank filter keeps it whole.</summary>
    public Outcome<IQueryable<T>> Apply(IQueryable<T> query, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
            return new Outcome<IQueryable<T>>(query, null);
        var parsed = ODataFilter.Parse(filter);
        if (parsed.Error is not null)
            return parsed.Error;
        foreach (var clause in parsed.Value!)
        {
            if (!properties.TryGetValue(clause.Property, out var selector))
                return ErpError.BadRequest($"Could not find a property named '{clause.Property}' on type '{entityName}' that $filter supports.");
            if (!FilterLiteral.TryConvert(clause, selector.ReturnType, out var value))
                return ErpError.BadRequest($"The literal in '{clause.Property} eq {clause.Literal}' does not fit the property's type.");
            Expression equals = Expression.Equal(selector.Body, Parameter(value!, selector.ReturnType));
            // A non-empty text cannot equal '', so this changes no result; it lets SQLite use the partial unique indexes on
            // external document numbers (filtered on <> ''), which it cannot prove usable for a bound parameter alone.
            if (value is string { Length: > 0 })
                equals = Expression.AndAlso(equals, Expression.NotEqual(selector.Body, Expression.Constant("")));
            query = query.Where(Expression.Lambda<Func<T, bool>>(equals, selector.Parameters));
        }
        return new Outcome<IQueryable<T>>(query, null);
    }

    /// <summary>The value read through a box, as a captured variable is, so EF sends it as a SQL parameter and caches one plan.</summary>
    private static MemberExpression Parameter(object value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }
}
