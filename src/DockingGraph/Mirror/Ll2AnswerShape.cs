using System.Text.Json;
using DockingGraph.Execution.Plans;

namespace DockingGraph.Mirror;

/// <summary>
/// An LL2 record's shape as the graph's compiled plan writes it: the plan writes the fields, which
/// are LL2's keys already, and this shape the rest between them (each <c>response_mode</c>, the
/// record's address from its id) and a value down a path of fields as the value alone, so the
/// plan's answer is LL2's JSON as it is. Made per request (the addresses are the request's); the
/// shapes below are made the first time a record of theirs is written.
/// </summary>
internal sealed class Ll2AnswerShape(Ll2Shape shape, Ll2Site site) : AnswerShape
{
    private readonly AnswerShape?[] below = new AnswerShape?[shape.FieldPlaces.Count];

    /// <summary>The shape of a list's page: <c>page { totalCount nodes { … } }</c>.</summary>
    public static AnswerShape OfPage(Ll2Shape shape, Ll2Site site) => Through(0, Through(1, new Ll2AnswerShape(shape, site)));

    /// <summary>The shape of one record: <c>record { … }</c>.</summary>
    public static AnswerShape OfRecord(Ll2Shape shape, Ll2Site site) => Through(0, new Ll2AnswerShape(shape, site));

    public override void WriteBefore(Utf8JsonWriter writer, int index, in PlannedRecord record)
    {
        var places = shape.Places;
        var from = index == 0 ? 0 : shape.FieldPlaces[index - 1] + 1;
        var to = index < shape.FieldPlaces.Count ? shape.FieldPlaces[index] : places.Count;
        for (var i = from; i < to; i++)
        {
            switch (places[i])
            {
                case ConstantPlace constant:
                    writer.WriteString(constant.Key, constant.Value);
                    break;
                case RecordUrlPlace url:
                    site.Write(writer, url, record.Leaf(shape.IdField));
                    break;
            }
        }
    }

    public override int Depth(int index) => shape.Places[shape.FieldPlaces[index]] is ValuePlace value ? value.Depth : 1;

    public override AnswerShape? Below(int index) =>
        shape.Places[shape.FieldPlaces[index]] is RecordPlace { Shape.IsPlain: false } record ? below[index] ??= new Ll2AnswerShape(record.Shape, site) : null;
}
