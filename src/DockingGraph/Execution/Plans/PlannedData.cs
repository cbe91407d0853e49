using System.Text.Json;
using System.Text.Json.Serialization;
using CommunityToolkit.HighPerformance.Buffers;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// An answer's <c>data</c> as a plan wrote it: JSON in a pooled buffer, written into the response
/// as it is, once; the buffer goes back to the pool as it is written.
/// </summary>
public sealed class PlannedData(ArrayPoolBufferWriter<byte> json)
{
    private ArrayPoolBufferWriter<byte>? json = json;

    /// <summary>The JSON of <c>data</c>, handed over once: the taker returns its buffer to the pool (disposes it).</summary>
    public ArrayPoolBufferWriter<byte> Take() =>
        Interlocked.Exchange(ref json, null) ?? throw new InvalidOperationException("Planned data is written once.");

    /// <summary>Writes the planned data where GraphQL.NET's serializer writes <c>data</c>.</summary>
    public sealed class Converter : JsonConverter<PlannedData>
    {
        public override PlannedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Planned data is only written.");

        public override void Write(Utf8JsonWriter writer, PlannedData value, JsonSerializerOptions options)
        {
            // An answer is written once (to the response, or to the response cache's copy of it).
            using (var json = value.Take())
            {
                writer.WriteRawValue(json.WrittenSpan, skipInputValidation: true);
            }
        }
    }
}
