using System.Collections;
using System.Text.Json;
using DockingGraph.Execution.Binding;
using GraphQL.Types;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Writes a fetched plan's <c>data</c> as GraphQL.NET's serializer writes it: fields in collected
/// order, leaves serialized by their scalar and written as System.Text.Json writes them, records
/// read straight off their properties. Nesting is the document's, which the document stage bounds.
/// </summary>
internal sealed class PlanWriter(Utf8JsonWriter writer, PlanRun run, ISchema schema)
{
    public void WriteData(SelectionPlan root) => WriteObject(run.RootSource, root);

    private void WriteObject(object source, SelectionPlan plan)
    {
        writer.WriteStartObject();
        foreach (var field in plan.Fields)
        {
            writer.WritePropertyName(field.Name);
            switch (field.Access)
            {
                case FieldAccessKind.TypeName:
                    writer.WriteStringValue(plan.TypeName);
                    break;
                case FieldAccessKind.Property when field.WriteLeaf is { } write:
                    write(writer, source);
                    break;
                case FieldAccessKind.Property:
                    WriteSerialized(field.SerializeLeaf(((PropertyAccess)field.Model!).Value(source)));
                    break;
                case FieldAccessKind.Member when field.Leaf is not null:
                    WriteSerialized(field.SerializeLeaf(MemberReaders.Read(source, field.Definition.Name)));
                    break;
                case FieldAccessKind.Reference:
                    WriteComposite(((ReferenceAccess)field.Model!).TryTake(source, out var record) ? record : Fetched(source, field), field.Type, field);
                    break;
                case var _ when field.Leaf is not null:
                    WriteSerialized(Fetched(source, field));
                    break;
                default:
                    WriteComposite(Fetched(source, field), field.Type, field);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private object? Fetched(object source, PlannedField field) =>
        run.TryGetValue(source, field, out var value) ? value : throw new PlanNotApplicable($"{field.Definition.Name} was not fetched.");

    private void WriteComposite(object? value, IGraphType type, PlannedField field)
    {
        if (type is NonNullGraphType nonNull)
        {
            type = nonNull.ResolvedType!;
        }

        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        if (type is ListGraphType list)
        {
            writer.WriteStartArray();
            foreach (var item in (IList)value)
            {
                WriteComposite(item, list.ResolvedType!, field);
            }

            writer.WriteEndArray();
            return;
        }

        WriteObject(value, field.Below(PlanRun.ObjectTypeOf(value, type, schema)));
    }

    /// <summary>A serialized leaf, written as <c>JsonSerializer.Serialize</c> writes a value of its type.</summary>
    private void WriteSerialized(object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            default:
                throw new PlanNotApplicable($"A leaf of type {value.GetType().Name} is not written by the plan.");
        }
    }
}
