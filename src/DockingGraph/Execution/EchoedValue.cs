namespace DockingGraph.Execution;

/// <summary>
/// A client's value quoted in an error: the start of it, enough to recognise, never the whole of a
/// value that may be a megabyte long (an answer must not grow with what a client sends to be refused).
/// </summary>
public static class EchoedValue
{
    /// <summary>The characters of a value an error quotes at most.</summary>
    public const int MaxLength = 64;

    /// <summary>The characters of an error's message at most, whatever it quotes.</summary>
    public const int MaxMessageLength = 500;

    /// <summary><paramref name="value"/>, or its first <see cref="MaxLength"/> characters and an ellipsis.</summary>
    public static string Of(string value) => Cut(value, MaxLength);

    /// <summary><paramref name="message"/>, or its first <see cref="MaxMessageLength"/> characters and an ellipsis.</summary>
    public static string Message(string message) => Cut(message, MaxMessageLength);

    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        // Never cut a surrogate pair in two: the answer must stay valid UTF-8.
        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return string.Concat(text.AsSpan(0, end), "…");
    }
}
