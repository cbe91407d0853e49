using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace DockingGraph.Import;

/// <summary>
/// Refuses strings (values and keys) that are not text both stores keep as given: bytes that are
/// not UTF-8, an escaped half of a surrogate pair (<c>\ud800</c> alone), and the NUL character
/// (<c>\u0000</c>). <see cref="Utf8JsonReader"/> lets all three through until a string is read,
/// and then fails far from its file; PostgreSQL refuses the last two where SQLite stores them.
/// LL2 sends none of them, so a body that holds one is refused with its JSON path, on both stores.
/// </summary>
internal static class Ll2Text
{
    /// <summary>Why the string or key at the reader's token is not text, or null when it is.</summary>
    public static string? Refusal(ref Utf8JsonReader reader)
    {
        var raw = reader.ValueSpan;
        if (!Utf8.IsValid(raw))
        {
            return "bytes that are not UTF-8";
        }

        return reader.ValueIsEscaped ? EscapeRefusal(raw) : null;
    }

    /// <summary>
    /// Checks every string and key in one complete JSON value; a refused one is an
    /// <see cref="Ll2FormatException"/> with its path below <paramref name="path"/>.
    /// </summary>
    public static void Check(ReadOnlySpan<byte> value, string path)
    {
        var reader = new Utf8JsonReader(value);
        var containers = new List<Container>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    containers[^1] = containers[^1] with { KeyLength = 0 };
                    if (Refusal(ref reader) is { } keyRefusal)
                    {
                        throw Refused($"a key holds {keyRefusal}", path, value, containers);
                    }

                    containers[^1] = containers[^1] with { KeyStart = (int)reader.TokenStartIndex, KeyLength = reader.ValueSpan.Length + 2 };
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    NextItem(containers);
                    containers.Add(new Container(reader.TokenType == JsonTokenType.StartArray, -1, 0, 0));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.RemoveAt(containers.Count - 1);
                    break;
                case JsonTokenType.String:
                    NextItem(containers);
                    if (Refusal(ref reader) is { } refusal)
                    {
                        throw Refused($"a string holds {refusal}", path, value, containers);
                    }

                    break;
                default:
                    NextItem(containers);
                    break;
            }
        }
    }

    private static void NextItem(List<Container> containers)
    {
        if (containers.Count > 0 && containers[^1].IsArray)
        {
            containers[^1] = containers[^1] with { Index = containers[^1].Index + 1 };
        }
    }

    /// <summary>The escapes of a string's raw (still escaped) bytes: half a surrogate pair, or a NUL, is refused.</summary>
    private static string? EscapeRefusal(ReadOnlySpan<byte> raw)
    {
        int? high = null;
        for (var i = 0; i < raw.Length; i++)
        {
            int? code = null;
            if (raw[i] == '\\')
            {
                if (raw[i + 1] == 'u')
                {
                    code = int.Parse(raw.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                    i += 5;
                }
                else
                {
                    i++;
                }
            }

            var isLow = code is >= 0xDC00 and <= 0xDFFF;
            if (high is { } unpaired && !isLow)
            {
                return Unpaired(unpaired);
            }

            if (high is null && isLow)
            {
                return Unpaired(code!.Value);
            }

            if (code == 0)
            {
                return "the NUL character (\\u0000), which PostgreSQL cannot store and LL2 does not send";
            }

            high = code is >= 0xD800 and <= 0xDBFF ? code : null;
        }

        return high is { } last ? Unpaired(last) : null;
    }

    private static string Unpaired(int code) => $"\\u{code:x4}, half of a surrogate pair without its other half, which is not text";

    private static Ll2FormatException Refused(string reason, string path, ReadOnlySpan<byte> value, List<Container> containers)
    {
        var steps = new System.Text.StringBuilder(path);
        foreach (var container in containers)
        {
            if (container.IsArray)
            {
                steps.Append('[').Append(container.Index).Append(']');
            }
            else if (container.KeyLength > 0)
            {
                // The keys on the path were checked before their values were reached.
                steps.Append('.').Append(JsonSerializer.Deserialize<string>(value.Slice(container.KeyStart, container.KeyLength)));
            }
        }

        return new Ll2FormatException(reason).Within(steps.ToString());
    }

    /// <summary>An open object or array on the way to the current token: an array's item index, an object's current key (quoted, as bytes of the value).</summary>
    private readonly record struct Container(bool IsArray, int Index, int KeyStart, int KeyLength);
}
