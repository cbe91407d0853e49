using System.Collections;
using System.Text.Json;
using DockingGraph.Execution.Binding;
using GraphQL.Types;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Writes a fetched plan's <c>data</c> as GraphQL.NET's serializer writes it: fields in collected
/// order, leaves serialized by their scalar and written as System.Text.Json writes them, records
/// read straight off their properties. Nesting is the document's, which the document stage bounds.
/// A request's <see cref="AnswerShape"/>, when it brings one, adds its members between the fields.
/// </summary>
internal sealed class PlanWriter(Utf8JsonWriter writer, PlanRun run, ISchema schema, AnswerShape? answer = null)
{
    public void WriteData(SelectionPlan root) => WriteObject(run.RootSource, root, answer);

    /// <summary>A leaf field's value on <paramref name="source"/>, serialized by its scalar.</summary>
    public object? LeafValue(object source, PlannedField field) => field.Access switch
    {
        FieldAccessKind.Property => field.SerializeLeaf(((PropertyAccess)field.Model!).Value(source)),
        FieldAccessKind.Member => field.SerializeLeaf(MemberReaders.Read(source, field.Definition.Name)),
        _ => Fetched(source, field),
    };

    private void WriteObject(object source, SelectionPlan plan, AnswerShape? shape)
    {
        writer.WriteStartObject();
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            shape?.WriteBefore(writer, i, new PlannedRecord(this, source, plan));
            writer.WritePropertyName(field.Name);
            if (shape is not null && shape.Depth(i) is > 1 and var depth)
            {
                WriteDown(source, plan, field, depth);
                continue;
            }

            WriteValue(source, plan, field, shape?.Below(i));
        }

        shape?.WriteBefore(writer, fields.Length, new PlannedRecord(this, source, plan));
        writer.WriteEndObject();
    }

    private void WriteValue(object source, SelectionPlan plan, PlannedField field, AnswerShape? below)
    {
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
                WriteComposite(Referenced(source, field), field.Type, field, below);
                break;
            case var _ when field.Leaf is not null:
                WriteSerialized(Fetched(source, field));
                break;
            default:
                WriteComposite(Fetched(source, field), field.Type, field, below);
                break;
        }
    }

    /// <summary>The value <paramref name="depth"/> fields down from <paramref name="field"/> (the one field of each object), or null where an object is null.</summary>
    private void WriteDown(object source, SelectionPlan plan, PlannedField field, int depth)
    {
        if (depth == 1)
        {
            WriteValue(source, plan, field, below: null);
            return;
        }

        var value = field.Access == FieldAccessKind.Reference ? Referenced(source, field) : Fetched(source, field);
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var below = field.Below(PlanRun.ObjectTypeOf(value, field.Type is NonNullGraphType nonNull ? nonNull.ResolvedType! : field.Type, schema));
        WriteDown(value, below, below.Fields[0], depth - 1);
    }

    private object? Referenced(object source, PlannedField field) =>
        ((ReferenceAccess)field.Model!).TryTake(source, out var record) ? record : Fetched(source, field);

    private object? Fetched(object source, PlannedField field) =>
        run.TryGetValue(source, field, out var value) ? value : throw new PlanNotApplicable($"{field.Definition.Name} was not fetched.");

    private void WriteComposite(object? value, IGraphType type, PlannedField field, AnswerShape? shape)
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
                WriteComposite(item, list.ResolvedType!, field, shape);
            }

            writer.WriteEndArray();
            return;
        }

        WriteObject(value, field.Below(PlanRun.ObjectTypeOf(value, type, schema)), shape);
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
