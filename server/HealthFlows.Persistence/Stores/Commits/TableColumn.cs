using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HealthFlows.Persistence.Stores.Commits;

/// <summary>One mapped column: its quoted name, and how a record's value becomes a parameter (with the model's converters).</summary>
internal sealed class TableColumn(IProperty property, string quotedName)
{
    private readonly RelationalTypeMapping mapping = property.GetRelationalTypeMapping();
    private readonly IClrPropertyGetter getter = property.GetGetter();

    public string PropertyName => property.Name;

    public string QuotedName { get; } = quotedName;

    public bool IsKey => property.IsPrimaryKey();

    /// <summary>Adds <paramref name="record"/>'s value of this column to <paramref name="command"/>.</summary>
    public void AddValue(DbCommand command, string parameterName, object record) =>
        AddParameter(command, parameterName, getter.GetClrValueUsingContainingEntity(record));

    /// <summary>Sets a parameter made by <see cref="AddValue"/> to <paramref name="record"/>'s value, for a re-executed statement.</summary>
    public void SetValue(DbParameter parameter, object record)
    {
        var value = getter.GetClrValueUsingContainingEntity(record);
        parameter.Value = (value is not null && mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
    }

    /// <summary>Adds a value of this column's model type (converted to the provider type by the mapping).</summary>
    public void AddParameter(DbCommand command, string parameterName, object? value) =>
        command.Parameters.Add(mapping.CreateParameter(command, parameterName, value, property.IsNullable));
}
