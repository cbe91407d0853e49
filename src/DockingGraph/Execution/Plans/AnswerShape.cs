using System.Text.Json;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// What a planned answer writes beside its fields, object by object, for a request that brings
/// one (<see cref="Key"/> in its user context): members that are no field (a constant, a value
/// made from the record) between the fields, and a field written as the value at the end of a
/// path of fields. The gateway's own documents use it: the LL2 mirror's records are written in
/// LL2's shape by the plan itself. GraphQL.NET's own strategy, where the plan does not answer,
/// writes the fields alone.
/// </summary>
internal abstract class AnswerShape
{
    public const string Key = "dockinggraph.answer.shape";

    /// <summary>Writes the members that come before field <paramref name="index"/> of the object's collected fields (the fields' count: after the last).</summary>
    public abstract void WriteBefore(Utf8JsonWriter writer, int index, in PlannedRecord record);

    /// <summary>How many fields down the value of field <paramref name="index"/> is: 1, the field's own; more, the one field of each object down.</summary>
    public abstract int Depth(int index);

    /// <summary>The shape of the objects field <paramref name="index"/> holds, or null.</summary>
    public abstract AnswerShape? Below(int index);

    /// <summary>A shape with nothing of its own: only field <paramref name="field"/> holds objects of <paramref name="below"/>.</summary>
    public static AnswerShape Through(int field, AnswerShape below) => new Passing(field, below);

    private sealed class Passing(int field, AnswerShape below) : AnswerShape
    {
        public override void WriteBefore(Utf8JsonWriter writer, int index, in PlannedRecord record)
        {
        }

        public override int Depth(int index) => 1;

        public override AnswerShape? Below(int index) => index == field ? below : null;
    }
}

/// <summary>The record a planned object is written from, for an <see cref="AnswerShape"/> to read its leaves.</summary>
internal readonly struct PlannedRecord(PlanWriter writer, object source, SelectionPlan plan)
{
    /// <summary>The value of leaf field <paramref name="index"/>, as its scalar serializes it (an <c>Int</c> an int, an <c>ID</c> a string).</summary>
    public object? Leaf(int index) => writer.LeafValue(source, plan.Fields[index]);
}
