using System.Text.Json;
using System.Text.Json.Serialization;

namespace DockingGraph.Execution.Plans;

/// <summary>An answer's <c>data</c> as a plan wrote it: JSON, written into the response as it is.</summary>
public sealed class PlannedData(ReadOnlyMemory<byte> json)
{
    public ReadOnlyMemory<byte> Json { get; } = json;

    /// <summary>Writes the planned data where GraphQL.NET's serializer writes <c>data</c>.</summary>
    public sealed class Converter : JsonConverter<PlannedData>
    {
        public override PlannedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Planned data is only written.");

        public override void Write(Utf8JsonWriter writer, PlannedData value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value.Json.Span, skipInputValidation: true);
    }
}
