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

    /// <summary>Writes the planned data where GraphQL.NET's serializer writes <c>data</c>.</summary>
    public sealed class Converter : JsonConverter<PlannedData>
    {
        public override PlannedData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Planned data is only written.");

        public override void Write(Utf8JsonWriter writer, PlannedData value, JsonSerializerOptions options)
        {
            // An answer is written once (to the response, or to the response cache's copy of it).
            var json = Interlocked.Exchange(ref value.json, null) ?? throw new InvalidOperationException("Planned data is written once.");
            using (json)
            {
                writer.WriteRawValue(json.WrittenSpan, skipInputValidation: true);
            }
        }
    }
}
